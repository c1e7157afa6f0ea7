/**
 * Spots a spreadsheet saved in Excel's own format instead of CSV, the most common slip
 * of a user who "saved the list": the CSV reader would otherwise report gibberish.
 */

/** `xlsx` (a zip: `PK\x03\x04`), `xls` (OLE2 compound file) or null for anything else. */
export function detectWorkbook(bytes: Uint8Array): 'xlsx' | 'xls' | null {
  const at = (i: number): number | undefined => bytes[i];
  if (at(0) === 0x50 && at(1) === 0x4b && at(2) === 0x03 && at(3) === 0x04) return 'xlsx';
  const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  if (ole.every((b, i) => at(i) === b)) return 'xls';
  return null;
}

/**
 * A workbook written as markup, as web systems export their tables under an `.xls` name: an HTML
 * table (`html`) or Excel 2003's XML spreadsheet (`xml`), told from the decoded text; null otherwise.
 * Read as CSV, such a file was refused for a header row of markup.
 */
export function markupWorkbook(text: string): 'html' | 'xml' | null {
  const head = text.slice(0, 4096).replace(/^\uFEFF/u, '').trimStart().toLowerCase();
  if (!head.startsWith('<')) return null;
  if (head.includes('urn:schemas-microsoft-com:office:spreadsheet') && head.includes('<workbook')) return 'xml';
  // An HTML page is a workbook only where it holds a table.
  return /<table[\s>]/iu.test(text) ? 'html' : null;
}
