import { Transform, type TransformCallback } from 'node:stream';

/**
 * Joins the many small strings a CSV stringifier emits (one per row) into chunks of about
 * `size` bytes, so the socket gets few large writes instead of one HTTP chunk per row.
 */
export class ChunkBatcher extends Transform {
  private parts: string[] = [];
  private length = 0;

  constructor(private readonly size = 64 * 1024) {
    super({ writableObjectMode: false, decodeStrings: false });
  }

  override _transform(chunk: string | Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    const text = typeof chunk === 'string' ? chunk : chunk.toString('utf8');
    this.parts.push(text);
    this.length += text.length;
    if (this.length >= this.size) this.flushParts();
    callback();
  }

  override _flush(callback: TransformCallback): void {
    this.flushParts();
    callback();
  }

  private flushParts(): void {
    if (this.parts.length === 0) return;
    this.push(Buffer.from(this.parts.join(''), 'utf8'));
    this.parts = [];
    this.length = 0;
  }
}
