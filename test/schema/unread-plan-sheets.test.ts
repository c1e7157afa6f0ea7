/**
 * A plan.xlsx given back as locks is read as its 交流名单 and 校长交流名单 sheets. A destination a
 * clerk writes on its 教师 sheet (the list of every teacher) was passed over without a word.
 */
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../src/schema/format-issue.js';
import { load, SCHOOLS, TEACHERS } from './load-county-helpers.js';

/** A plan's workbook as it was written (T1 moves to 003, T2 stays), with `edit` applied to its 教师 sheet's rows. */
function planBook(edit: (teachers: string[][]) => void, listEdit: (list: string[][]) => void = () => undefined): Uint8Array {
  const list = [['工号', '姓名', '任教学科', '原学校代码', '原学校', '交流学校代码', '交流学校', '理由'], ['T1', '王芳', '数学', '001', '城关一小', '003', '山背小学', '']];
  const principals = [['工号', '姓名', '岗位类别', '学校代码', '学校名称', '本校任职年限', '状态', '交流学校代码', '理由']];
  const teachers = [
    ['工号', '姓名', '学校代码', '任教学科', '状态', '交流学校代码', '理由'],
    ['T1', '王芳', '001', '数学', '交流', '003', ''],
    ['T2', '李强', '001', '音乐', '留任', '', ''],
    ['T3', '张敏', '002', '语文', '不符合条件', '', ''],
  ];
  edit(teachers);
  listEdit(list);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(list), '交流名单');
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(teachers), '教师');
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(principals), '校长交流名单');
  return new Uint8Array(XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
}

async function warningsOf(bytes: Uint8Array): Promise<string[]> {
  const r = await load({ 'schools.csv': SCHOOLS, 'teachers.csv': TEACHERS, 'plan.xlsx': bytes });
  if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
  return formatIssues(r.value.warnings ?? []).filter((w) => w.startsWith('plan.xlsx[教师]'));
}

describe('a plan.xlsx edited on its 教师 sheet', () => {
  it('a destination written for a teacher the plan keeps is named as not read, with where to write it', async () => {
    const warnings = await warningsOf(planBook((t) => (t[2]![5] = '003')));
    expect(warnings).toEqual([
      'plan.xlsx[教师]: 有 1 行在此表中改了交流学校代码, 与「交流名单」「校长交流名单」不同（如第3行 T2: 003, 名单中没有此人的交流）: 方案工作簿只读「交流名单」「校长交流名单」作锁定, 此表的改动未读取; 要锁定请在「交流名单」「校长交流名单」中修改 / 1 row had its 交流学校代码 (to_school_id) edited on this sheet, unlike "交流名单", "校长交流名单" (row 3, T2: 003, the lists: no move): a plan\'s workbook is read as locks from "交流名单", "校长交流名单" only, and edits on this sheet are not read; make them there',
    ]);
  });

  it('a mover\'s destination cleared there is named too', async () => {
    const warnings = await warningsOf(planBook((t) => (t[1]![5] = '')));
    expect(warnings.map((w) => w.split(' / ')[0])).toEqual(['plan.xlsx[教师]: 有 1 行在此表中改了交流学校代码, 与「交流名单」「校长交流名单」不同（如第2行 T1: 空白, 名单中为 003）: 方案工作簿只读「交流名单」「校长交流名单」作锁定, 此表的改动未读取; 要锁定请在「交流名单」「校长交流名单」中修改']);
  });

  it('says nothing of the sheet as written, nor when only the 交流名单 was edited', async () => {
    expect(await warningsOf(planBook(() => undefined))).toEqual([]);
    expect(await warningsOf(planBook(() => undefined, (l) => l.pop()))).toEqual([]);
    expect(await warningsOf(planBook(() => undefined, (l) => (l[1]![5] = '002')))).toEqual([]);
  });
});
