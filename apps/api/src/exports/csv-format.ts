import { type Options, stringify, type Stringifier } from 'csv-stringify';

/**
 * The CSV dialect of every export: RFC 4180 (comma, CRLF line ends, double quotes), and any cell
 * holding a CR or LF quoted (csv-stringify only quotes its own record delimiter by default).
 * `bom` prepends a UTF-8 byte order mark so that Excel reads non-Latin text (off by default).
 */
export function csvStringifier(header: readonly string[], bom: boolean): Stringifier {
  const options: Options = {
    header: true,
    columns: [...header],
    record_delimiter: 'windows',
    quoted_match: /[\r\n]/,
    bom,
  };
  return stringify(options);
}

/** `attachment; filename="..."` for a generated file name (ASCII letters, digits, - _ . only). */
export function attachment(fileName: string): string {
  return `attachment; filename="${fileName.replace(/[^A-Za-z0-9._-]/g, '_')}"`;
}

/** The UTC calendar date of `now` (the injected clock's time), for file names. */
export function todayUtc(now: Date): string {
  return now.toISOString().slice(0, 10);
}
