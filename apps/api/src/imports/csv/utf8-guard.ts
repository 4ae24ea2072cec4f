import { BadRequestException } from '@nestjs/common';
import { isUtf8 } from 'node:buffer';
import { Transform, type TransformCallback } from 'node:stream';

/**
 * Passes bytes through unchanged and fails with 400 on the first byte sequence that is not UTF-8
 * (binary garbage, or a Latin-1 export), instead of letting it become U+FFFD in the database.
 * A character split across two chunks is checked once the rest of it has arrived.
 */
export class Utf8Guard extends Transform {
  private offset = 0;
  private carry: Buffer = Buffer.alloc(0);

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    const bytes = this.carry.length ? Buffer.concat([this.carry, chunk]) : chunk;
    const complete = bytes.length - incompleteTailLength(bytes);
    if (!isUtf8(bytes.subarray(0, complete))) return callback(this.invalid());
    this.offset += complete;
    this.carry = Buffer.from(bytes.subarray(complete));
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    if (this.carry.length) return callback(this.invalid());
    callback();
  }

  private invalid(): BadRequestException {
    return new BadRequestException(
      `The file is not UTF-8 text (invalid byte sequence after byte ${this.offset}); save it as CSV UTF-8 and retry; nothing was imported`,
    );
  }
}

/** Length of a multi-byte UTF-8 sequence cut off at the end of `bytes` (0 when none is). */
function incompleteTailLength(bytes: Buffer): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back] as number;
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: look further back
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return needed > back ? back : 0;
  }
  return 0;
}
