import { BadRequestException } from '@nestjs/common';
import { type CsvError, type Options, type Parser, parse } from 'csv-parse';

/** One CSV record with the physical line of the file it starts on (the header is line 1). */
export interface CsvLine {
  line: number;
  cells: string[];
}

/** A line longer than this is refused, so an unterminated quote cannot buffer the whole upload. */
export const MAX_LINE_BYTES = 1024 * 1024;

export interface CsvLineParser {
  parser: Parser;
  /** The line the record being parsed starts on: where a syntax error is. */
  currentLine(): number;
}

/**
 * Strict RFC 4180 parser (csv-parse): comma, double quotes, CRLF or LF line ends, an optional
 * UTF-8 BOM. Each record carries the line it starts on, counted here because a quoted field may
 * hold line breaks (csv-parse's own count is off for CRLF inside quotes).
 */
export function csvLineParser(): CsvLineParser {
  let nextLine = 1;
  const options: Options<CsvLine, string[]> = {
    bom: true,
    delimiter: ',',
    quote: '"',
    escape: '"',
    record_delimiter: ['\r\n', '\n'],
    relax_column_count: true,
    skip_empty_lines: false,
    max_record_size: MAX_LINE_BYTES,
    on_record: (cells: string[]): CsvLine => {
      const line = nextLine;
      nextLine += 1 + lineBreaksIn(cells);
      return { line, cells };
    },
  };
  // csv-parse's overloads do not let on_record change the record type, although it does.
  const parser = parse(options as unknown as Options);
  return { parser, currentLine: () => nextLine };
}

function lineBreaksIn(cells: readonly string[]): number {
  let breaks = 0;
  for (const cell of cells) {
    for (let at = cell.indexOf('\n'); at !== -1; at = cell.indexOf('\n', at + 1)) breaks++;
  }
  return breaks;
}

/** A csv-parse error as a 400 naming the line. */
export function csvSyntaxError(error: CsvError, line: number): BadRequestException {
  const problems: Record<string, string> = {
    CSV_QUOTE_NOT_CLOSED: 'a quoted field opens here and is never closed (unterminated quote)',
    CSV_INVALID_CLOSING_QUOTE:
      'a closing quote must be followed by a comma or the end of the line; double a quote inside a quoted field ("")',
    INVALID_OPENING_QUOTE:
      'a quote inside an unquoted field; quote the whole field and double the quotes inside it (RFC 4180)',
    CSV_MAX_RECORD_SIZE: `the line is longer than ${MAX_LINE_BYTES} bytes (an unterminated quote?)`,
  };
  const problem = problems[error.code] ?? error.message;
  return new BadRequestException(`The file is not valid CSV: line ${line}: ${problem}; nothing was imported`);
}
