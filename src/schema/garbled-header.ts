import type { InputIssue } from '../domain/types.js';
import { utf8ReadAsGbk } from '../input/gbk-garbled.js';
import { safe } from './show-value.js';

/** Header cells quoted with what they were. */
const SHOWN = 3;

/**
 * A header row that is UTF-8 text Excel or WPS read as GBK (`宸ュ彿` for `工号`): a file saved
 * without a BOM, opened on Chinese Windows and saved again. Its cells cannot all be restored (a
 * cell of an odd number of UTF-8 bytes lost its last one), so the file is named with the cause and
 * the way to open it right, rather than as one of unknown kind. Null unless at least half of the
 * header's non-ASCII cells, and one at least, are restored.
 */
export function garbledHeaderIssue(header: readonly string[], file: string): InputIssue | null {
  const cells = header.map((h) => h.trim()).filter((h) => /[^\u0000-\u007F]/u.test(h));
  const restored = cells.flatMap((from) => {
    const to = utf8ReadAsGbk(from);
    return to === null ? [] : [{ from, to }];
  });
  if (restored.length === 0 || restored.length * 2 < cells.length) return null;
  const shown = restored.slice(0, SHOWN);
  return {
    file,
    zh: `表头是乱码（${shown.map((r) => `「${safe(r.from)}」原是「${safe(r.to)}」`).join('、')}）: 这个文件原是 UTF-8 编码（没有 BOM）, 在 Excel 或 WPS 中被当作 GBK 打开后又保存了, 可能有字已经丢失。请改用原来的文件; 或在 Excel 中用「数据 → 从文本/CSV」导入原文件, 「文件原始格式」选「65001: Unicode (UTF-8)」, 再保存`,
    en: `the headers are garbled (${shown.map((r) => `"${safe(r.from)}" was "${safe(r.to)}"`).join(', ')}): the file was UTF-8 without a BOM, opened in Excel or WPS as GBK and saved again, and some characters may be lost. Give the original file; or import the original in Excel with Data → From Text/CSV, File origin "65001: Unicode (UTF-8)", and save that`,
  };
}
