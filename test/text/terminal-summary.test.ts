/**
 * The summary after `rotate plan`: tables aligned by display width (a CJK character is two
 * columns), colour only when the caller asks for it.
 */
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { runPlan, type PlanReport } from '../../src/pipeline/run-plan.js';
import { generateCounty } from '../../src/generate/generate-county.js';
import { writeCounty } from '../../src/generate/write-county.js';
import { terminalSummary } from '../../src/text/terminal-summary.js';
import { gapPercent } from '../../src/solve/method-text.js';
import { cutToWidth, textTable } from '../../src/text/text-table.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Display column where `cell` starts in `line`, searching from the right. */
const columnOf = (line: string, cell: string): number => stringWidth(line.slice(0, line.lastIndexOf(cell)));

describe('textTable', () => {
  it('aligns columns by display width, CJK counted as two columns', () => {
    const lines = textTable([{ header: '学校' }, { header: 'n', align: 'right' }, { header: '备注' }], [['城关第一小学', '12', 'ok'], ['Village A', '3', '乡村'], ['某某乡中心学校', '100', 'x']]);
    const starts = lines.map((l, i) => columnOf(l, ['备注', 'ok', '乡村', 'x'][i] ?? ''));
    expect(new Set(starts).size).toBe(1);
    const ends = lines.slice(1).map((l, i) => columnOf(l, ['12', '3', '100'][i] ?? '') + stringWidth(['12', '3', '100'][i] ?? ''));
    expect(new Set(ends).size).toBe(1);
  });

  it('cuts a long cell to its column with an ellipsis', () => {
    expect(cutToWidth('某某县某某镇某某村第一中心小学', 10)).toBe('某某县某…');
    expect(stringWidth(cutToWidth('某某县某某镇某某村第一中心小学', 10))).toBeLessThanOrEqual(10);
    expect(cutToWidth('short', 10)).toBe('short');
  });

  it('pads before painting, so colour codes never shift a column', () => {
    const lines = textTable([{ header: 'a' }, { header: 'b' }], [['城关', 'x'], ['y', 'z']], '', (t, row, col) => (col === 0 && row >= 0 ? `\u001b[32m${t}\u001b[0m` : t));
    expect(lines.map((l) => columnOf(l.replace(/\u001b\[\d+m/gu, ''), ['b', 'x', 'z'][lines.indexOf(l)] ?? ''))).toEqual([6, 6, 6]);
  });
});

describe('terminalSummary', () => {
  let report: PlanReport;
  it('plans a Chinese county', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rotate-terminal-'));
    await writeCounty(dir, generateCounty({ teachers: 800, schools: 30, seed: 2026, lang: 'zh' }).files, 'utf8');
    const out = await runPlan({ inputs: ['schools.csv', 'teachers.csv', 'posts.csv'].map((f) => join(dir, f)), outDir: join(dir, 'plan'), sets: [], relax: false, recordTime: false, solver: 'auto' }, { now: () => 0, currentYear: 2026, version: 'test', tag: 't', progress: () => undefined });
    if (out.kind !== 'written') throw new Error(out.kind);
    report = out.report;
  });

  it('says, in Chinese as in English, that the figures before the plan count the returned teachers at home and the retiring ones nowhere, the 优质均衡 indicators included', () => {
    expect(report.summary.counts.retiring).toBeGreaterThan(0);
    expect(report.summary.counts.returned_from_exchange).toBeGreaterThan(0);
    const zh = terminalSummary(report, 'plan', 'zh', { color: false });
    expect(zh).toContain(`  截止日前到达法定退休年龄 ${report.summary.counts.retiring} 人, 不计入调整前后的任何数字（教师数、缺员、优质均衡指标; 其岗位按空岗计）, 见 teachers.csv「退休」`);
    expect(zh).toContain(`  交流期满返回原校 ${report.summary.counts.returned_from_exchange} 人, 调整前即按原校计`);
    const en = terminalSummary(report, 'plan', 'en', { color: false });
    expect(en).toContain(`  back at the home school after an exchange: ${report.summary.counts.returned_from_exchange}, counted there before the plan too`);
  });

  it('prints the rules as a table whose columns line up under Chinese text', () => {
    const lines = terminalSummary(report, 'plan', 'zh', { color: false });
    expect(lines.join('\n')).not.toContain('\u001b[');
    const checks = report.plan.checks;
    const rows = checks.map((ch) => lines.find((l) => l.includes(ch.zh)) ?? '');
    expect(rows.every((r) => r !== '')).toBe(true);
    const valueCols = rows.map((r, i) => columnOf(r, ` ${checks[i]?.value ?? ''}`));
    expect(new Set(valueCols).size).toBe(1);
    const thresholdCols = rows.map((r, i) => stringWidth(r.slice(0, r.indexOf(checks[i]?.threshold ?? '', r.indexOf(checks[i]?.zh ?? '') + (checks[i]?.zh.length ?? 0)))));
    expect(new Set(thresholdCols).size).toBe(1);
    const header = lines.find((l) => l.includes('缺员最多的学校')) ?? '';
    const schoolRows = lines.slice(lines.indexOf(header) + 1, lines.indexOf(header) + 6).filter((l) => l.includes('→'));
    expect(schoolRows.length).toBeGreaterThan(0);
    expect(new Set(schoolRows.map((l) => columnOf(l, '→'))).size).toBe(1);
  });

  it('colours the marks only when asked', () => {
    const plain = terminalSummary(report, 'plan', 'zh', { color: false }).join('\n');
    const coloured = terminalSummary(report, 'plan', 'zh', { color: true }).join('\n');
    expect(plain).not.toContain('\u001b[');
    expect(coloured).toContain('\u001b[32m✓');
    expect(coloured.replace(/\u001b\[\d+m/gu, '')).toBe(plain);
  });

  it('keeps the English summary line the CLI tests read', () => {
    const lines = terminalSummary(report, 'plan', 'en', { color: false });
    expect(lines.join('\n')).toMatch(/teachers rotated: \d+ of \d+ eligible/u);
  });

  it('says what the backbone share is of: the moves counted toward it, when two-way exchanges are among the moves', () => {
    const n = report.plan.moves.length;
    /** The plan with its first `k` moves two-way exchanges (outside the share) and no other, as summary.json then counts it. */
    const withTwoWay = (k: number): PlanReport => {
      const moves = report.plan.moves.map((m, i) => ({ ...m, twoWay: i < k, leader: false }));
      const backbone = moves.filter((m) => !m.twoWay && m.teacher.backbone !== 'none').length;
      const counts = { ...report.summary.counts, moved: n, backbone_moved: backbone, backbone_share: backbone / (n - k), two_way_moved: k };
      return { ...report, plan: { ...report.plan, moves }, summary: { ...report.summary, counts } };
    };
    const two = withTwoWay(2);
    const c = two.summary.counts;
    const pct = (100 * c.backbone_share).toFixed(1);
    expect(terminalSummary(two, 'plan', 'zh', { color: false })).toContain(`  交流教师 ${n} 人（符合条件 ${c.eligible} 人）; 计入骨干比例的 ${n - 2} 人中骨干 ${c.backbone_moved} 人（${pct}%）`);
    expect(terminalSummary(two, 'plan', 'en', { color: false })).toContain(`  teachers rotated: ${n} of ${c.eligible} eligible; backbone ${c.backbone_moved} of the ${n - 2} counted toward the backbone share (${pct}%)`);
    // Every move counted: the share is of them all, said as before.
    const all = withTwoWay(0).summary.counts;
    expect(terminalSummary(withTwoWay(0), 'plan', 'zh', { color: false })).toContain(`  交流教师 ${n} 人（符合条件 ${all.eligible} 人）, 其中骨干 ${all.backbone_moved} 人（${(100 * all.backbone_share).toFixed(1)}%）`);
  });

  it('names the lever that keeps sections at the standard where the plan leaves fewer meeting it, and only then', () => {
    /** The plan with `before` → `after` sections meeting every standard and indicator_keep at `keep`. */
    const meeting = (before: number, after: number, keep: string): string => {
      const indicators = { ...report.summary.indicators, sections_meeting_all: { before, after } };
      const r: PlanReport = { ...report, summary: { ...report.summary, indicators, policy: { ...report.summary.policy, 'weights.indicator_keep': keep } } };
      return [...terminalSummary(r, 'plan', 'zh', { color: false }), ...terminalSummary(r, 'plan', 'en', { color: false })].join('\n');
    };
    const fewer = meeting(7, 2, '0');
    expect(fewer).toContain('均达到每百名学生标准的学部: 7 → 2');
    expect(fewer).toContain('均达标的学部少了 5 个; 要保留调整前达标的学部, 可加 --set weights.indicator_keep=1');
    expect(fewer).toContain('leaves 5 fewer sections meeting every standard; to keep those that met it, add --set weights.indicator_keep=1');
    for (const quiet of [meeting(7, 7, '0'), meeting(2, 5, '0'), meeting(7, 2, '1')]) expect(quiet).not.toContain('weights.indicator_keep=1');
  });

  it('keeps the code of a long name two schools share whole in the top-5 table, cutting the name before it', () => {
    // Seen: two English schools named Liuji Township Beiyangcun Nine-Year School both printed as "Liuji Township Beiyangcun Nine-Year School…", the codes cut away.
    const top = [...report.plan.figures].filter((f) => f.shortageBefore > 0).sort((a, b) => b.shortageBefore - a.shortageBefore || a.shortageAfter - b.shortageAfter || (a.school.id < b.school.id ? -1 : 1)).slice(0, 2);
    const ids = new Set(top.map((f) => f.school.id));
    const long = 'Liuji Township Beiyangcun Nine-Year School';
    const figures = report.plan.figures.map((f) => (ids.has(f.school.id) ? { ...f, school: { ...f.school, name: long } } : f));
    const shared: PlanReport = { ...report, plan: { ...report.plan, figures } };
    for (const lang of ['en', 'zh'] as const) {
      const lines = terminalSummary(shared, 'plan', lang, { color: false });
      for (const f of top) {
        const code = lang === 'zh' ? `（${f.school.id}）` : ` (${f.school.id})`;
        const row = lines.find((l) => l.includes(code));
        expect(row, `${lang} ${f.school.id}`).toBeDefined();
        expect(row).toMatch(new RegExp(`^  Liuji Township Beiyangcun[^…]*…${code.replace(/[()]/gu, '\\$&')}  `, 'u'));
        expect(stringWidth(row?.trim().split(code)[0] ?? '') + stringWidth(code)).toBeLessThanOrEqual(44);
      }
    }
  });

  it('says how far at most a plan not proven optimal is from the optimum: its gap to the bound, rounded up', () => {
    const unproven: PlanReport = { ...report, solve: { ...report.solve, status: 'feasible' }, summary: { ...report.summary, objective: { ...report.summary.objective, bound: 100, gap: 0.000107 } } };
    expect(terminalSummary(unproven, 'plan', 'zh', { color: false }).join('\n')).toContain('可行但未证明最优, 距下界不超过 0.011%（');
    expect(terminalSummary(unproven, 'plan', 'en', { color: false }).join('\n')).toContain('feasible, not proven optimal, within 0.011% of the bound (');
    // Proven, or no bound known: nothing said.
    const noBound: PlanReport = { ...unproven, summary: { ...unproven.summary, objective: { ...unproven.summary.objective, bound: null } } };
    expect(terminalSummary(noBound, 'plan', 'en', { color: false }).join('\n')).toMatch(/feasible, not proven optimal \(/u);
    const proven: PlanReport = { ...unproven, solve: { ...unproven.solve, status: 'optimal' } };
    expect(terminalSummary(proven, 'plan', 'en', { color: false }).join('\n')).toMatch(/proven optimal \(/u);
    expect([0.000107, 0.000011, 0.000298, 0.001, 0.0123, 0.5, 0].map(gapPercent)).toEqual(['0.011%', '0.0011%', '0.030%', '0.10%', '1.3%', '50%', '0%']);
  });
});
