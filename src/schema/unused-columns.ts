/**
 * The columns of a roster that the tool does not read. A county's sheet carries many (民族,
 * 政治面貌, 参加工作年月 …), and one of them may be a column the tool would read under another
 * name (骨干教师级别 for 骨干等级): read as nothing, its figures would change without a word. So
 * each schools, teachers and posts table names its unread columns once, as a warning; 序号 and
 * the like, which every sheet has, are not named.
 */
import { firstOf } from '../domain/text.js';
import type { InputIssue } from '../domain/types.js';
import type { HeaderMatch } from './match-headers.js';
import { normaliseHeader } from './normalise-header.js';

/** Headers every sheet may have that no one expects read: a row number, a remark. */
const QUIET: ReadonlySet<string> = new Set(['序号', '编号', '行号', '备注', '说明', 'no', 'remark', 'remarks', 'note', 'notes'].map(normaliseHeader));

/** The tables whose unread columns are named: the rosters (a plan's own files read back as locks carry the plan's columns). */
const ROSTERS: ReadonlySet<HeaderMatch['kind']> = new Set(['schools', 'teachers', 'posts']);

/** How many names the warning gives before `…`. */
const NAMED = 10;

/** The one warning of a roster with columns it does not read, or null. */
export function unusedColumnsWarning(match: HeaderMatch, file: string): InputIssue | null {
  if (!ROSTERS.has(match.kind)) return null;
  const unused = match.unused.filter((h) => !QUIET.has(normaliseHeader(h)));
  if (unused.length === 0) return null;
  const zh = firstOf(unused.map((h) => `「${h}」`), NAMED, '', '…');
  const en = firstOf(unused.map((h) => `"${h}"`), NAMED, ', ', ', …');
  return {
    file,
    zh: `${unused.length} 列不是本工具读取的列, 未读取: ${zh}; 若其中有应读取的列（如骨干等级、职称）, 请按 README 的列名改写表头`,
    en: `${unused.length} column${unused.length > 1 ? 's are' : ' is'} not among those the tool reads and ${unused.length > 1 ? 'were' : 'was'} not read: ${en}; if one should be read (backbone, title …), name it as the README does`,
  };
}
