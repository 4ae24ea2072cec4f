import { IMPORT_REPORTED_LINES, type RejectedLine } from '@tradeflow/domain';

/** Rejected lines, keeping the first IMPORT_REPORTED_LINES by line number and counting all of them. */
export class ImportRejections {
  private lines: RejectedLine[] = [];
  count = 0;

  add(rejected: RejectedLine): void {
    this.count++;
    this.lines.push(rejected);
    if (this.lines.length > 2 * IMPORT_REPORTED_LINES) this.trim();
  }

  addAll(rejected: RejectedLine[], total = rejected.length): void {
    for (const line of rejected) this.add(line);
    this.count += total - rejected.length;
  }

  /** The reported lines, by line number. */
  list(): RejectedLine[] {
    this.trim();
    return this.lines;
  }

  private trim(): void {
    this.lines.sort((a, b) => a.line - b.line);
    this.lines.length = Math.min(this.lines.length, IMPORT_REPORTED_LINES);
  }
}
