/** One line on stderr, redrawn in place on a terminal: bytes sent / total, percentage, rows/s. */
export class ProgressBar {
  private lastDraw = 0;
  private readonly started = Date.now();

  constructor(
    private readonly total: number,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {}

  update(sentBytes: number, sentLines: number, force = false): void {
    const now = Date.now();
    const interval = this.stream.isTTY ? 200 : 5000;
    if (!force && now - this.lastDraw < interval) return;
    this.lastDraw = now;
    const seconds = Math.max((now - this.started) / 1000, 0.001);
    const fraction = this.total > 0 ? Math.min(sentBytes / this.total, 1) : 1;
    const width = 30;
    const filled = Math.round(fraction * width);
    const line =
      `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(fraction * 100).toFixed(1).padStart(5)}% ` +
      `${megabytes(sentBytes)} / ${megabytes(this.total)} MB, ${Math.round(sentLines / seconds).toLocaleString('en-US')} rows/s`;
    this.stream.write(this.stream.isTTY ? `\r${line}\u001b[K` : `${line}\n`);
  }

  finish(message: string): void {
    this.stream.write(this.stream.isTTY ? `\r${message}\u001b[K\n` : `${message}\n`);
  }
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}
