/**
 * A Word document or a PowerPoint presentation given where a workbook goes (花名册.doc picked
 * instead of 花名册.xls, or renamed): told from its container, an OLE2 compound file's stream names
 * or a zip's parts, so that it is named for what it is rather than as a damaged workbook.
 */
import { zipEntries } from './zip-entries.js';

export type OfficeDocument = 'word' | 'powerpoint';

/** True when the bytes hold `name` as an OLE2 directory entry writes it (UTF-16LE). */
function hasStreamName(bytes: Uint8Array, name: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(name, 'utf16le'));
}

/** What other office document the bytes are, or null (a workbook, damaged or not, or anything else). Asked only of bytes the workbook reader refused. */
export function officeDocument(bytes: Uint8Array): OfficeDocument | null {
  const entries = zipEntries(bytes);
  if (entries) {
    if (entries.has('xl/workbook.xml') || entries.has('xl/workbook.bin')) return null;
    if (entries.has('word/document.xml')) return 'word';
    if (entries.has('ppt/presentation.xml')) return 'powerpoint';
    return null;
  }
  if (hasStreamName(bytes, 'Workbook') || hasStreamName(bytes, 'Book')) return null;
  if (hasStreamName(bytes, 'WordDocument')) return 'word';
  if (hasStreamName(bytes, 'PowerPoint Document')) return 'powerpoint';
  return null;
}

/** The message for such a document, in both languages. */
export function officeDocumentIssue(kind: OfficeDocument): { ok: false; zh: string; en: string } {
  const what = kind === 'word' ? { zh: 'Word文档', en: 'a Word document' } : { zh: 'PowerPoint演示文稿', en: 'a PowerPoint presentation' };
  return { ok: false, zh: `这是${what.zh}，不是工作簿（是否选错了文件？）；请选择Excel或WPS表格文件`, en: `this is ${what.en}, not a workbook (is it the right file?); give the Excel or WPS spreadsheet` };
}
