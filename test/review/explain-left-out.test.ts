/**
 * `rotate explain PLAN ID` for someone the roster lists but the plan left out when reading it (a
 * teacher of a 幼儿园, a substitute, a retiree, staff who do not teach): the answer says why, as
 * the warning of `rotate plan` did, not only that the id is not in the plan. explain.json records
 * just their ids, the kind and (for a school outside the rotation) the school; the answer comes
 * from its head, read a line at a time.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runExplain } from '../../src/cli/explain-command.js';
import { explainRowsOf } from '../../src/plan-folder/explain-lines.js';
import { planInProcess } from '../helpers/plan-run.js';

const SCHOOLS = `school_id,name,stage,area,students,weak
001,城关一小,primary,urban,1200,no
002,河口小学,primary,town,600,no
003,山背小学,primary,rural,150,yes
K1,城关幼儿园,幼儿园,urban,300,no
`;

const TEACHERS = `teacher_id,name,school_id,subject,years_at_school,teaching_stage,employment,state,staff_class
T1,王芳,001,数学,8,,,,
T2,李强,001,音乐,7,,,,
T3,张敏,002,语文,3,,,,
T4,郑一,003,数学,6,,,,
K01,赵幼,K1,语文,3,,,,
K03,周前,002,语文,2,学前,,,
D01,钱代,001,数学,2,,代课,,
R01,孙退,002,语文,30,,,退休,
A01,吴行,003,,5,,,,行政人员
009002,冯代,003,数学,2,,代课,,
`;

const root = mkdtempSync(join(tmpdir(), 'rotate-explain-left-out-'));
const dir = join(root, 'plan');

async function said(id: string): Promise<string> {
  const r = await runExplain(dir, id);
  return r.kind === 'not-found' ? `${r.message.zh} / ${r.message.en}` : r.kind;
}

describe('explain for someone left out when the roster was read', () => {
  beforeAll(async () => {
    writeFileSync(join(root, 'schools.csv'), SCHOOLS);
    writeFileSync(join(root, 'teachers.csv'), TEACHERS);
    const r = await planInProcess([join(root, 'schools.csv'), join(root, 'teachers.csv')], dir, { sets: [{ key: 'rules.quota_share', value: '0', file: '--set' }] });
    expect(r.kind).toBe('written');
  }, 120_000);

  it('a teacher of a school outside the rotation: the kind of school and its name', async () => {
    expect(await said('K01')).toBe('工号「K01」是幼儿园「城关幼儿园」的教师, 该校不在交流轮岗范围, 未读入, 不在方案中 / teacher "K01" is at a kindergarten (城关幼儿园), outside the rotation: not read, and not in the plan');
  });

  it('a teacher whose 任教学段 is outside the rotation', async () => {
    expect(await said('K03')).toBe('工号「K03」的任教学段是幼儿园, 不在交流轮岗范围, 未读入, 不在方案中 / teacher "K03" teaches at the kindergarten stage (任教学段), outside the rotation: not read, and not in the plan');
  });

  it('a substitute, someone who has left, staff who do not teach: as the warning of rotate plan named them', async () => {
    expect(await said('D01')).toBe('工号「D01」是代课教师（用人形式为代课）, 不参加交流轮岗, 未读入, 不在方案中 / teacher "D01" is a substitute teacher (用人形式 代课), no part in the rotation: not read, and not in the plan');
    expect(await said('R01')).toBe('工号「R01」是已离开本校的人员（人员状态为退休、调出、离职等）, 不参加交流轮岗, 未读入, 不在方案中 / "R01" is staff who have left the school (人员状态 退休, 调出, 离职 …), no part in the rotation: not read, and not in the plan');
    expect(await said('A01')).toBe('工号「A01」是非专任教师（行政人员、教辅人员、工勤人员等）, 不参加交流轮岗, 未读入, 不在方案中 / "A01" is staff who are not teachers (行政人员, 教辅人员, 工勤人员 …), no part in the rotation: not read, and not in the plan');
  });

  it('an id typed without its leading zeros (as Excel shows it) is told why, with the id it was read as', async () => {
    expect(await said('9002')).toBe('工号「009002」是代课教师（用人形式为代课）, 不参加交流轮岗, 未读入, 不在方案中（「9002」按工号「009002」查: 开头的0被去掉了? 表格软件把编号当作数字保存时会这样） / teacher "009002" is a substitute teacher (用人形式 代课), no part in the rotation: not read, and not in the plan ("9002" read as teacher_id "009002": were its leading zeros lost? a spreadsheet drops them when it saves ids as numbers)');
    expect(await said("'009002")).toContain('工号「009002」是代课教师');
  });

  it('an id nobody has is still just not in the plan', async () => {
    expect(await said('ZZ')).toBe('方案中没有工号或学校代码「ZZ」 / no teacher or school "ZZ" in the plan');
  });

  it('an id not found in a plan whose list was bounded says how many left out are not listed', async () => {
    const cut = join(root, 'cut');
    cpSync(dir, cut, { recursive: true });
    const path = join(cut, 'explain.json');
    writeFileSync(path, readFileSync(path, 'utf8').replace('"left_out":[', '"left_out_unlisted":3,\n"left_out":['));
    const r = await runExplain(cut, 'ZZ');
    expect(r.kind === 'not-found' ? r.message.zh : r.kind).toBe('方案中没有工号或学校代码「ZZ」; 读入教师名单时另有 3 人被略去, 未逐一记下');
  });

  it('is answered from the head of explain.json, read a line at a time, which holds their ids and no names', () => {
    const bytes = readFileSync(join(dir, 'explain.json'));
    expect(explainRowsOf(bytes, 'D01', 'explain.json')?.leftOut).toBeDefined();
    const text = bytes.toString('utf8');
    for (const name of ['赵幼', '周前', '钱代', '孙退', '吴行', '冯代']) expect(text).not.toContain(name);
  });
});
