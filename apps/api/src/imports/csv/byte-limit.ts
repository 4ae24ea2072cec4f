import { PayloadTooLargeException } from '@nestjs/common';
import { Transform, type TransformCallback } from 'node:stream';

export function tooLarge(maxBytes: number): PayloadTooLargeException {
  return new PayloadTooLargeException(
    `The CSV is larger than the limit of ${maxBytes} bytes (IMPORT_MAX_BYTES); nothing was imported`,
  );
}

/** Passes bytes through and fails with 413 as soon as more than `maxBytes` have gone by. */
export class ByteLimit extends Transform {
  bytes = 0;

  constructor(private readonly maxBytes: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.bytes > this.maxBytes) return callback(tooLarge(this.maxBytes));
    callback(null, chunk);
  }
}
