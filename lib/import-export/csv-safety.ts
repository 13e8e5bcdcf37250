/**
 * CSV formula injection: a spreadsheet runs a cell that starts with =, +, -, @
 * (or a tab or carriage return, which some apps strip before checking). Such
 * cells are prefixed with an apostrophe so they are shown as text.
 * OWASP, "CSV Injection".
 */
const DANGEROUS_START = /^[=+\-@\t\r]/;

export function neutraliseCell(value: string): string {
  return DANGEROUS_START.test(value) ? `'${value}` : value;
}
