/**
 * A plan.xlsx given back as locks is read as its 交流名单 and 校长交流名单 sheets; its 教师 sheet
 * (every teacher, with the same 交流学校代码 column) is the plan's result, not read. A clerk who
 * writes a destination there, or clears one, would see nothing happen: a warning names such rows,
 * the first of them and where to make the edit. An edit is told by the sheet against itself, as
 * the plan wrote it (a 交流学校代码 on a row whose 状态 is not 交流, or a mover's cleared): a
 * list edited and the sheet left as it was is the edit meant, and says nothing.
 */
import { countEn, plural } from '../domain/plural.js';
import type { InputIssue } from '../domain/types.js';
import type { SheetText } from '../input/sheet-text.js';
import type { FoundHeader } from './find-header.js';

/** A sheet of the workbook with its recognised header. */
export interface HeadedSheet {
  sheet: SheetText;
  found: FoundHeader;
}

/** The 状态 a plan's teachers sheet gives a teacher it moves (plan/teacher-status.ts), in either language. */
const MOVED = new Set(['交流', 'moved']);

const STATUS_HEADERS = new Set(['状态', 'status']);

interface Row {
  code: string;
  row: number;
  /** The row's 状态, where the sheet has the column. */
  status?: string;
}

/** Teacher id → 交流学校代码 ('' for blank), row and 状态, of a locks-like sheet, as its cells read. */
function destinations({ sheet, found }: HeadedSheet): Map<string, Row> {
  const id = found.match.columns.get('teacher_id')?.index;
  const to = found.match.columns.get('to_school_id')?.index;
  const state = found.header.findIndex((h) => STATUS_HEADERS.has(h.trim().toLowerCase()));
  const out = new Map<string, Row>();
  if (id === undefined || to === undefined) return out;
  for (let i = found.headerRow; i < sheet.rows.length; i++) {
    const cells = sheet.rows[i] ?? [];
    const teacher = (cells[id] ?? '').trim();
    if (teacher === '' || out.has(teacher)) continue;
    out.set(teacher, { code: (cells[to] ?? '').trim(), row: i + 1, ...(state >= 0 ? { status: (cells[state] ?? '').trim() } : {}) });
  }
  return out;
}

/** True for a row edited on the sheet: a destination on a row the plan did not move, or a mover's cleared where the lists still move the teacher. */
function editedHere(d: Row, listed: string): boolean {
  if (d.status === undefined || d.code === listed) return false;
  const moved = MOVED.has(d.status);
  return (d.code !== '' && !moved) || (d.code === '' && moved && listed !== '');
}

/**
 * The warning of each sheet of a plan's workbook that has 工号 and 交流学校代码 but is not read
 * (`unread`), where rows were edited there and differ from the sheets read (`read`): one per sheet.
 */
export function unreadPlanEdits(file: string, read: readonly HeadedSheet[], unread: readonly HeadedSheet[]): InputIssue[] {
  const listed = new Map<string, string>();
  for (const h of read) for (const [id, d] of destinations(h)) if (!listed.has(id) || d.code !== '') listed.set(id, d.code);
  const names = read.map((h) => `「${h.sheet.name}」`).join('');
  const namesEn = read.map((h) => `"${h.sheet.name}"`).join(', ');
  return unread.flatMap((h) => {
    if (h.found.match.kind !== 'locks' || !h.found.match.columns.has('to_school_id')) return [];
    const differ = [...destinations(h)].filter(([id, d]) => editedHere(d, listed.get(id) ?? ''));
    const [first] = differ;
    if (!first) return [];
    const [id, d] = first;
    const want = listed.get(id) ?? '';
    return [
      {
        file: `${file}[${h.sheet.name}]`,
        zh: `有 ${differ.length} 行在此表中改了交流学校代码, 与${names}不同（如第${d.row}行 ${id}: ${d.code === '' ? '空白' : d.code}, 名单中${want === '' ? '没有此人的交流' : `为 ${want}`}）: 方案工作簿只读${names}作锁定, 此表的改动未读取; 要锁定请在${names}中修改`,
        en: `${countEn(differ.length, 'row')} had ${plural(differ.length, 'its', 'their')} 交流学校代码 (to_school_id) edited on this sheet, unlike ${namesEn} (row ${d.row}, ${id}: ${d.code === '' ? 'blank' : d.code}, the lists: ${want === '' ? 'no move' : want}): a plan's workbook is read as locks from ${namesEn} only, and edits on this sheet are not read; make them there`,
      },
    ];
  });
}
