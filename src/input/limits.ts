/**
 * Limits of the input layer, so that a huge or broken file is refused with a clear message
 * instead of exhausting memory. A real county has at most a few tens of thousands of teachers;
 * these are several times that. Documented in the README ("Limits").
 */

/** A file larger than this (bytes) is not read: 64 MiB, about 600,000 teacher rows. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/**
 * Data rows read from one file. Reading stops at the first row beyond it and the file is
 * refused, so a 200,000-row file costs about as much memory as a 100,000-row one.
 */
export const MAX_DATA_ROWS = 100_000;

/** Characters in one cell: Excel's own limit. A longer cell is usually an unclosed quote. */
export const MAX_CELL_CHARS = 32_767;

/** Problems listed per file; the rest are counted (a file with every row wrong is not printed whole). */
export const MAX_ISSUES_PER_FILE = 100;

/** `1234567` → `1,234,567`, the same on every machine and locale. */
export function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/gu, ',');
}

/** A byte count for people: `64 MB`, `1.2 GB`. */
export function showBytes(n: number): string {
  const mb = n / (1024 * 1024);
  if (mb >= 1024) return `${(mb / 1024).toFixed(1)} GB`;
  return mb >= 10 ? `${Math.round(mb)} MB` : `${mb.toFixed(1)} MB`;
}

/**
 * A file of a plan folder larger than this (bytes) is not read back (`explain`, `diff`,
 * `--baseline`, the check before a folder is replaced): 512 MiB, far above the files of a
 * county of 80,000 teachers, far below what would exhaust memory.
 */
export const MAX_PLAN_FILE_BYTES = 512 * 1024 * 1024;
