// OWASP CSV injection defence (ASVS 5.0 1.2.10): a spreadsheet runs a cell starting with one of
// these as a formula, so export prefixes a quote. The quote is also added before a cell that
// already starts with a quote followed by one of these (or by another quote): then every prefixed
// cell is recognisable and the importer can strip exactly one quote, making the round trip lossless.
// Apply to text cells only: numbers are written as numbers (and "-5" would otherwise gain a quote).

const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', '\0']);
const QUOTE = "'";

function isEscapable(c: string | undefined): boolean {
  return c !== undefined && (FORMULA_TRIGGERS.has(c) || c === QUOTE);
}

function needsPrefix(value: string): boolean {
  return FORMULA_TRIGGERS.has(value.charAt(0)) || (value.startsWith(QUOTE) && isEscapable(value[1]));
}

export function neutraliseCsvCell(value: string): string {
  return needsPrefix(value) ? QUOTE + value : value;
}

export function restoreCsvCell(value: string): string {
  return value.startsWith(QUOTE) && isEscapable(value[1]) ? value.slice(1) : value;
}
