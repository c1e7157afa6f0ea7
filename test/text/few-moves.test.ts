/**
 * A county with teachers eligible whose plan moves nobody, or only the quota, says why in the
 * terminal and on report.html's first screen: the setting or the fact that caused it (a quota of
 * 0, weights that make a move cost more than it gains, every eligible teacher locked to stay, no
 * school short, a shortage no eligible teacher may fill), each from the plan's own facts.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { fewMovesNote, type FewMovesFacts } from '../../src/domain/few-moves-note.js';
import { terminalSummary } from '../../src/text/terminal-summary.js';
import { planInProcess } from '../helpers/plan-run.js';

const set = (pairs: Record<string, string>) => Object.entries(pairs).map(([key, value]) => ({ key, value, file: '--set' }));

/** Ten eligible 语文 teachers at a town school, one at a rural school; the rural school's posts as given, and locks when given. */
function county(posts: string, locks?: string, townPosts = 10): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'rotate-few-moves-'));
  const files: [string, string][] = [
    ['schools.csv', 'school_id,name,stage,area,students\nS1,Town Primary,primary,urban,400\nS2,Village Primary,primary,rural,200\n'],
    ['teachers.csv', `teacher_id,name,school_id,subject,years_at_school,backbone\n${Array.from({ length: 10 }, (_, i) => `T${i},Teacher ${i},S1,语文,9,${i < 5 ? "county" : "none"}`).join('\n')}\nR1,Rural 1,S2,语文,9,none\n`],
    ['posts.csv', `school_id,subject,posts\nS1,语文,${townPosts}\n${posts}`],
    ...(locks ? [['locks.csv', locks] as [string, string]] : []),
  ];
  for (const [name, text] of files) writeFileSync(join(dir, name), text);
  return files.map(([name]) => join(dir, name));
}

async function planned(files: string[], sets: Record<string, string>) {
  const dir = join(mkdtempSync(join(tmpdir(), 'rotate-few-plan-')), 'plan');
  const out = await planInProcess(files, dir, { sets: set(sets) });
  if (out.kind !== 'written') throw new Error(out.kind);
  const r = out.report;
  return {
    eligible: r.summary.counts.eligible,
    moved: r.summary.counts.moved,
    zh: terminalSummary(r, 'plan', 'zh', { color: false }).join('\n'),
    en: terminalSummary(r, 'plan', 'en', { color: false }).join('\n'),
    html: readFileSync(join(dir, 'report.html'), 'utf8'),
  };
}

describe('a plan that moves nobody while teachers are eligible', () => {
  it('names a quota of 0 and weights under which no move pays', async () => {
    const r = await planned(county('S2,语文,4\n'), { 'rules.quota_share': '0', 'weights.shortage': '0', 'weights.backbone_balance': '0', 'weights.indicator_spread': '0', 'weights.indicator_shortfall': '0' });
    expect([r.eligible, r.moved]).toEqual([11, 0]);
    expect(r.zh).toContain('  符合交流条件的教师 11 人, 本方案无人交流。');
    expect(r.zh).toContain('    交流比例 rules.quota_share 为 0, 不要求任何人交流');
    expect(r.zh).toMatch(/有 3 个缺员岗位可由符合条件的教师按规则补上, 但每补 1 个岗位至多得益 0（weights\.shortage=0.*weights\.moves=1/u);
    expect(r.en).toContain('11 teachers are eligible to rotate, but this plan moves nobody');
    expect(r.en).toContain('rules.quota_share is 0, so no move is required');
    expect(r.en).toMatch(/3 open posts could be filled .* raise weights\.shortage or lower weights\.moves/u);
    // report.html's first screen: a banner before the cards.
    const banner = r.html.indexOf('data-few-moves');
    expect(banner).toBeGreaterThan(0);
    expect(banner).toBeLessThan(r.html.indexOf('class="cards"'));
    expect(r.html).toMatch(/data-few-moves>[^]*rules\.quota_share 为 0[^]*weights\.shortage=0/u);
  });

  it('names the stay locks when every eligible teacher has one', async () => {
    const locks = `teacher_id,action\n${[...Array.from({ length: 10 }, (_, i) => `T${i}`), 'R1'].map((id) => `${id},stay`).join('\n')}\n`;
    const r = await planned(county('S2,语文,4\n', locks), { 'rules.quota_share': '0' });
    expect(r.moved).toBe(0);
    expect(r.zh).toContain('    符合条件的教师都已被锁定留任: 见 locks.csv（操作「留任」）, 删去留任行即可参加交流');
    expect(r.en).toContain('every eligible teacher is locked to stay: see locks.csv (action stay)');
    expect(r.html).toContain('符合条件的教师都已被锁定留任');
  });

  it('says no school in the rotation is short when none is', async () => {
    const r = await planned(county('S2,语文,1\n'), { 'rules.quota_share': '0' });
    expect(r.moved).toBe(0);
    expect(r.zh).toContain('    参加交流的学校没有缺员');
    expect(r.en).toContain('no school in the rotation is short of a teacher');
  });
});

describe('a plan that moves only the quota', () => {
  it('says the quota is met, and that no eligible teacher may fill the shortage left', async () => {
    // The village school lacks one 语文 teacher and three 数学 teachers, whom no 语文 teacher may fill.
    const r = await planned(county('S2,语文,2\nS2,数学,3\n'), {});
    expect([r.eligible, r.moved]).toEqual([11, 1]);
    expect(r.zh).toContain('  本方案只交流 1 人（符合条件 11 人）。');
    expect(r.zh).toContain('    交流比例要求至少 1 人（城镇非薄弱学校符合条件 10 人 × 10%, 向上取整）, 本方案已满足');
    expect(r.zh).toMatch(/\n {4}参加交流的学校仍缺 4 个岗位, 其中 3 个按规则没有可以补的教师: 同学科（rules\.same_subject）/u);
    expect(r.en).toContain('this plan moves only 1 of the 11 eligible teachers');
    expect(r.en).toContain('the schools in the rotation are still short of 4 teachers; no eligible teacher may fill 3 of these posts');
    expect(r.html).toContain('data-few-moves');
  });

  it('says, of a few moves beyond a quota of 0, that no eligible teacher may fill the shortage left', async () => {
    // The town school has a 语文 teacher over its posts: the one move leaves no shortage behind.
    const r = await planned(county('S2,语文,2\nS2,数学,3\n', undefined, 9), { 'rules.quota_share': '0' });
    expect([r.eligible, r.moved]).toEqual([11, 1]);
    expect(r.zh).toContain('  本方案只交流 1 人（符合条件 11 人）。');
    expect(r.zh).toContain('    交流比例 rules.quota_share 为 0, 不要求任何人交流');
    expect(r.zh).toContain('    参加交流的学校仍缺 3 个岗位, 但按规则没有可以补的教师');
    expect(r.en).toContain('the schools in the rotation are still short of 3 teachers, but no eligible teacher may fill them');
  });

  it('says, of a few moves beyond the quota, that a filled post gains no more than a move costs', async () => {
    // Eleven eligible, one move (within a tenth): weights.shortage 1, at most 1 × 2 × 1.5 a post, against weights.moves 3.
    const r = await planned(county('S2,语文,4\n', undefined, 9), { 'rules.quota_share': '0', 'weights.shortage': '1', 'weights.moves': '3' });
    expect(r.moved).toBe(1);
    expect(r.zh).toContain('  本方案只交流 1 人（符合条件 11 人）。');
    expect(r.zh).toMatch(/\n {4}有 2 个缺员岗位可由符合条件的教师按规则补上, 但每补 1 个岗位至多得益 3（weights\.shortage=1, .*weights\.moves=3/u);
  });

  it('says nothing of it when the plan moves more than the quota asks', async () => {
    const r = await planned(county('S2,语文,4\n'), {});
    expect(r.moved).toBe(2);
    expect(r.zh).not.toContain('原因, 及可核对或调整之处');
    expect(r.html).not.toContain('data-few-moves');
  });
});

describe('the words, from the facts alone', () => {
  const facts: FewMovesFacts = {
    eligible: 40, counted: 0, moved: 0, leadersMoved: 0, lockedStay: 0, lockFiles: [], quotaShare: 0.1, quotaEligible: 30, quotaNeed: 3,
    openAfter: 5, openAtQuotaSchools: 0, fillable: 5, moveCost: 1, shortageGain: 10, bestGain: 30, values: { moves: '1', shortage: '10', quota: '0.10' },
  };
  it('does not call a quota met that a relaxed plan falls short of', () => {
    const zh = fewMovesNote(facts).map((t) => t.zh);
    expect(zh[1]).toContain('交流比例要求至少 3 人（城镇非薄弱学校符合条件 30 人 × 10%, 向上取整）, 本方案只达到 0 人: 此规则已放宽');
    expect(zh.join('\n')).not.toContain('本方案已满足');
    // Weights under which a filled post gains more than a move costs: the caps are named, not the weights.
    expect(zh[2]).toMatch(/^有 5 个缺员岗位可由符合条件的教师按规则补上, 本方案未补: .*rules\.max_outflow_share/u);
  });
  it('says how many count toward the quota when two-way exchanges are among the moves', () => {
    const [head] = fewMovesNote({ ...facts, counted: 22, moved: 23, quotaNeed: 22 });
    expect(head?.zh).toBe('本方案计入交流比例的只有 22 人（交流共 23 人, 含跟岗交流 1 人; 符合条件 40 人）。原因, 及可核对或调整之处:');
    expect(head?.en).toBe('this plan moves only 22 of the 40 eligible teachers toward the quota (23 in all, 1 on a two-way exchange among them). Why, with what to check or change:');
  });

  it('sets aside the principals a lock moves', () => {
    const [head] = fewMovesNote({ ...facts, moved: 2, leadersMoved: 2 });
    expect(head?.zh).toContain('本方案除锁定调动的校长、副校长外无人交流');
    expect(head?.en).toContain('moves nobody but the principals and vice principals a lock moves');
  });
});

describe('README', () => {
  it('shows the lines the sample prints with the quota and the gaining weights at 0', async () => {
    const data = join(import.meta.dirname, '../../data');
    const files = readdirSync(data).filter((f) => f.endsWith('.csv')).sort().map((f) => join(data, f));
    const r = await planned(files, { 'rules.quota_share': '0', 'weights.shortage': '0', 'weights.backbone_balance': '0', 'weights.indicator_spread': '0', 'weights.indicator_shortfall': '0' });
    const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
    const shown = /\n```\n( {2}交流教师 0 人（符合条件 238 人）\n[^`]*)```/u.exec(readme)?.[1]?.trimEnd().split('\n') ?? [];
    expect(shown.length).toBe(5);
    const printed = r.zh.split('\n');
    // A line README cuts with … is the printed line's pieces, in order.
    for (const line of shown) expect(printed.some((p) => line.split('…').every((piece, i, all) => (i === 0 ? p.startsWith(piece) : i === all.length - 1 ? p.endsWith(piece) || piece === '' : p.includes(piece)))), line).toBe(true);
  });
});
