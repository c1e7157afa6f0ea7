import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pct } from '../../src/domain/share-text.js';
import { planInProcess } from '../helpers/plan-run.js';

const SMALL = join(import.meta.dirname, '../fixtures/golden/small');

describe('a policy share in rule texts', () => {
  it('reads as the percentage the user set, without floating-point noise', () => {
    // 14% is read as 0.14, and 0.14 × 100 is 14.000000000000002; 0.07 × 100 and 0.29 × 100 are off too.
    expect(0.14 * 100).not.toBe(14);
    expect(pct(0.14)).toBe('14%');
    expect(pct(0.07)).toBe('7%');
    expect(pct(0.29)).toBe('29%');
    expect(pct(0.1)).toBe('10%');
    expect(pct(0.125)).toBe('12.5%');
    expect(pct(0.3333)).toBe('33.33%');
    expect(pct(0)).toBe('0%');
  });

  it('is what every rule row of a plan shows for shares set as percentages', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'rotate-share-')), 'plan');
    const inputs = readdirSync(SMALL).map((f) => join(SMALL, f));
    const sets = [
      { key: 'rules.quota_share', value: '14%', file: '--set' },
      { key: 'rules.max_outflow_share', value: '29%', file: '--set' },
      { key: 'rules.max_backbone_outflow_share', value: '57%', file: '--set' },
      { key: 'rules.backbone_share', value: '7%', file: '--set' },
    ];
    const r = await planInProcess(inputs, out, { sets });
    expect(r.kind).toBe('written');
    const rules = (JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { rules: { rule: string; threshold: string }[] }).rules;
    const threshold = (name: string): string => rules.find((x) => x.rule === name)?.threshold ?? '';
    expect(threshold('school_quota')).toBe('14%');
    expect(threshold('county_quota')).toMatch(/^≥ \d+ \(14% × \d+\)$/u);
    expect(threshold('outflow_cap')).toBe('≤ 29%');
    expect(threshold('backbone_outflow_cap')).toBe('≤ 57%');
    expect(threshold('backbone_share')).toMatch(/^≥ \d+ \(7% × \d+\)$/u);
    expect(readFileSync(join(out, 'report.html'), 'utf8')).not.toMatch(/\d\.\d{6,}%/u);
  });
});
