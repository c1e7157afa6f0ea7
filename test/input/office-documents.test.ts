/**
 * A Word document or a PowerPoint presentation given as a workbook (花名册.doc picked instead of
 * 花名册.xls, or renamed) was refused as "damaged … (Cannot find Workbook stream)", and the advice to
 * open it in Excel or WPS and save it as .xlsx led nowhere. It is named for what it is.
 */
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/input/read-workbook.js';

/** An OLE2 compound file with the given streams, as Word 97-2003 and PowerPoint write them. */
function compound(streams: string[]): Uint8Array {
  const c = XLSX.CFB.utils.cfb_new();
  for (const s of streams) XLSX.CFB.utils.cfb_add(c, `/${s}`, Buffer.alloc(4096, 1));
  return new Uint8Array(XLSX.CFB.write(c, { type: 'buffer' }) as Buffer);
}

/** A zip with the given parts, as a .docx or .pptx is. */
function pkg(parts: string[]): Uint8Array {
  const z = XLSX.CFB.utils.cfb_new();
  for (const p of ['[Content_Types].xml', ...parts]) XLSX.CFB.utils.cfb_add(z, p, Buffer.from('<x/>'));
  return new Uint8Array(XLSX.CFB.write(z, { type: 'buffer', fileType: 'zip' }) as Buffer);
}

const WORD = { ok: false, zh: '这是Word文档，不是工作簿（是否选错了文件？）；请选择Excel或WPS表格文件', en: 'this is a Word document, not a workbook (is it the right file?); give the Excel or WPS spreadsheet' };
const SLIDES = { ok: false, zh: '这是PowerPoint演示文稿，不是工作簿（是否选错了文件？）；请选择Excel或WPS表格文件', en: 'this is a PowerPoint presentation, not a workbook (is it the right file?); give the Excel or WPS spreadsheet' };

describe('an office document that is no workbook', () => {
  it('a Word document (.doc, .docx) is named as one', async () => {
    expect(await readWorkbook(compound(['WordDocument', '1Table']))).toEqual(WORD);
    expect(await readWorkbook(pkg(['word/document.xml']))).toEqual(WORD);
  });

  it('a PowerPoint presentation (.ppt, .pptx) is named as one', async () => {
    expect(await readWorkbook(compound(['PowerPoint Document', 'Current User']))).toEqual(SLIDES);
    expect(await readWorkbook(pkg(['ppt/presentation.xml']))).toEqual(SLIDES);
  });

});
