import { createHash } from 'node:crypto';
import { Writable } from 'node:stream';
import { createGzip } from 'node:zlib';

/**
 * A Writable that gzips what it receives into memory, counting the uncompressed bytes and hashing
 * them (SHA-256). Only the compressed file is held: CSV compresses about tenfold.
 */
export class GzipCollector extends Writable {
  bytes = 0;
  private readonly hash = createHash('sha256');
  private readonly gzip = createGzip({ level: 6 });
  private readonly chunks: Buffer[] = [];

  constructor() {
    super();
    this.gzip.on('data', (chunk: Buffer) => this.chunks.push(chunk));
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.bytes += chunk.length;
    this.hash.update(chunk);
    if (this.gzip.write(chunk)) callback();
    else this.gzip.once('drain', () => callback());
  }

  override _final(callback: (error?: Error | null) => void): void {
    this.gzip.once('end', () => callback());
    this.gzip.once('error', callback);
    this.gzip.end();
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.gzip.destroy();
    callback(error);
  }

  get compressed(): Buffer {
    return Buffer.concat(this.chunks);
  }

  get sha256(): string {
    return this.hash.copy().digest('hex');
  }
}
