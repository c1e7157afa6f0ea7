import { beforeAll, describe, expect, it } from 'vitest';
import type { PlanRecord } from '../../src/plan-folder/read-plan.js';
import { diffCsv } from '../../src/review/diff-csv.js';
import { diffPlans } from '../../src/review/diff-plans.js';
import { diffText } from '../../src/text/diff-text.js';
import { samplePlan } from '../helpers/plan-run.js';

/* diff.csv's school rows name each figure as the terminal does (and as the objective rows do): Chinese, then the English key. */

let a: PlanRecord;

beforeAll(async () => {
  a = await samplePlan();
});

describe('diff.csv school rows', () => {
  it('carry the bilingual figure names the terminal shows, in either language of the plans', () => {
    const row = a.schools.get('341122001');
    if (!row) throw new Error('sample school 341122001');
    const schools = new Map(a.schools);
    schools.set('341122001', { ...row, teachers_after: String(Number(row.teachers_after) + 1), shortage_after: String(Number(row.shortage_after) - 1) });
    const d = diffPlans(a, { ...a, schools });
    const text = diffText(d, 'A', 'B');
    expect(text.some((l) => l.includes('调整后教师数 teachers_after'))).toBe(true);
    for (const lang of ['zh', 'en'] as const) {
      const lines = diffCsv(d, lang).split('\r\n');
      const section = lang === 'zh' ? '学校' : 'school';
      const [t, s] = [Number(row.teachers_after), Number(row.shortage_after)];
      expect(lines).toContain(`${section},341122001,城关第一小学,调整后教师数 teachers_after,${t},${t + 1},1`);
      expect(lines).toContain(`${section},341122001,城关第一小学,调整后缺员 shortage_after,${s},${s - 1},-1`);
      expect(lines.some((l) => /,(teachers_after|shortage_after),/u.test(l))).toBe(false);
    }
  });
});

describe('diff.csv count rows', () => {
  it('name each count in the language of the plans: an English diff.csv read 交流人数, 学校数 … with nothing in English', () => {
    const d = diffPlans(a, a);
    expect(d.counts.length).toBeGreaterThan(0);
    const rows = (lang: 'zh' | 'en'): string[][] => diffCsv(d, lang).split('\r\n').map((l) => l.split(',')).filter((r) => r[0] === (lang === 'zh' ? '数量' : 'count'));
    const en = rows('en');
    expect(en.length).toBe(d.counts.length);
    for (const r of en) expect(r[2], r[1]).toMatch(/^[a-z][A-Za-z /-]+$/u);
    expect(en.find((r) => r[1] === 'counts.moved')?.[2]).toBe('teachers rotated');
    expect(rows('zh').find((r) => r[1] === 'counts.moved')?.[2]).toBe('交流人数');
  });
});

describe('the total of the objective terms in rotate diff', () => {
  it('is named as summary.json names it, terms_total, and is that figure (it read 合计 total, beside a summary.json holding model_total too)', () => {
    const d = diffPlans(a, a);
    const total = diffCsv(d, 'zh').split('\r\n').find((l) => l.startsWith('目标函数,terms_total,'));
    expect(total?.split(',').slice(0, 3)).toEqual(['目标函数', 'terms_total', '各项合计 terms_total']);
    expect(Number(total?.split(',')[4])).toBeCloseTo(a.summary.objective.terms_total, 3);
    expect(diffText(d, 'A', 'B').some((l) => /^ {2}各项合计 terms_total\s/u.test(l))).toBe(true);
  });
});
