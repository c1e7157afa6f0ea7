/**
 * `rotate explain PLAN NAME`: a clerk asks by the name he or she knows. One teacher of that name
 * is the answer, as by the 工号; so is one school; a name two teachers share lists both, with
 * their schools, and asks for the 工号.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runExplain } from '../../src/cli/explain-command.js';
import { planInProcess } from '../helpers/plan-run.js';

const data = join(import.meta.dirname, '../../data');
const root = mkdtempSync(join(tmpdir(), 'rotate-explain-name-'));
const dir = join(root, 'plan');
/** The sample with 城关第二小学 renamed 城关第一小学: two schools of one name. */
const twin = join(root, 'twin');

describe('explain by name', () => {
  beforeAll(async () => {
    const inputs = readdirSync(data).filter((f) => f.endsWith('.csv')).map((f) => join(data, f));
    expect((await planInProcess(inputs, dir)).kind).toBe('written');
    const renamed = inputs.map((f) => join(root, f.slice(data.length + 1)));
    for (const [i, f] of inputs.entries()) writeFileSync(renamed[i] ?? '', readFileSync(f, 'utf8').replace('341122002,城关第二小学', '341122002,城关第一小学'));
    expect((await planInProcess(renamed, twin)).kind).toBe('written');
  }, 120_000);

  it('answers for the one teacher of a name as for the 工号, and for the one school of a name', async () => {
    const [byName, byId] = await Promise.all([runExplain(dir, '黄明丹'), runExplain(dir, '000575')]);
    expect(byName.kind).toBe('answered');
    expect(byName).toEqual(byId);
    const [school, code] = await Promise.all([runExplain(dir, '城关第一小学'), runExplain(dir, '341122001')]);
    expect(school).toEqual(code);
  });

  it('lists the teachers of a shared name with their schools', async () => {
    const r = await runExplain(dir, '王凤');
    expect(r.kind === 'not-found' ? r.message.zh : r.kind).toBe('「王凤」是 2 名教师的姓名, 请用工号: 000008 王凤（城关第一小学）、000414 王凤（刘集镇中心小学）');
  });

  it('lists the schools of a shared name with their codes', async () => {
    const r = await runExplain(twin, '城关第一小学');
    expect(r.kind === 'not-found' ? r.message.zh : r.kind).toBe('「城关第一小学」是 2 所学校的名称, 请用学校代码: 341122001 城关第一小学、341122002 城关第一小学');
  });

  it('reads a 工号 that lost its leading zeros (as Excel shows assignments.csv) as the one teacher it matches, and says so', async () => {
    const [typed, byId] = await Promise.all([runExplain(dir, '1'), runExplain(dir, '000001')]);
    expect(typed.kind).toBe('answered');
    if (typed.kind !== 'answered' || byId.kind !== 'answered') return;
    expect(typed.lines).toEqual(byId.lines);
    expect(typed.warnings).toContain('注意: 方案中没有工号或学校代码「1」, 按工号「000001」（王志）解释（开头的0被去掉了? 表格软件把编号当作数字保存时会这样） / note: no teacher or school "1" in the plan; explained as teacher_id "000001" (王志): were its leading zeros lost? a spreadsheet drops them when it saves ids as numbers');
  });
});
