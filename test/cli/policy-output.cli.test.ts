/**
 * `rotate policy` within 100 columns (a Chinese character counted as two), as --help. The 用法 /
 * use block was one line per way, 124 to 164 columns wide; then each command got a line of its
 * own. The parameter table and the rule list still gave each description on one line, up to 213
 * columns (norm.subject_shares_junior's default) and 153 (two_way's English), which a terminal
 * of 80 or 100 columns broke inside words and values. Every line now keeps within 100: English
 * breaks at spaces, Chinese between characters, a list default after its semicolons, and no
 * word, parameter name or command is cut.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARAMETERS } from '../../src/domain/parameters.js';
import { HARD_RULES, TERMS } from '../../src/rules/registry.js';

const BIN = join(import.meta.dirname, '../../bin/rotate.js');

function policyOutput(): string {
  const r = spawnSync(process.execPath, [BIN, 'policy'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  expect(r.status).toBe(0);
  return r.stdout;
}

/** A text without its spaces and line breaks: what wrapping may change. */
const bare = (text: string): string => text.replace(/\s+/gu, '');

describe('rotate policy within 100 columns', () => {
  it('has no line wider than 100 columns', async () => {
    const { default: stringWidth } = await import('string-width');
    const out = policyOutput().split('\n');
    expect(out.length).toBeGreaterThan(100);
    expect(out.filter((l) => stringWidth(l) > 100).map((l) => `${stringWidth(l)}: ${l}`)).toEqual([]);
  });

  it('gives each command of the 用法 / use block on one line, whole', () => {
    const out = policyOutput();
    const start = out.indexOf('\n用法 / use:\n');
    expect(start).toBeGreaterThan(0);
    const block = (out.slice(start + 1).split('\n\n')[0] ?? '').split('\n');
    const commands = block.filter((l) => /^ {2}rotate /u.test(l)).map((l) => l.trim());
    expect(commands).toContain('rotate plan data/*.csv --set weights.moves=2 --set rules.quota_share=15%');
    expect(commands).toContain('rotate sweep data/*.csv --set weights.indicator_keep=0,5,10,20');
    expect(commands).toContain('rotate plan data/*.csv --policy 我的参数.csv');
  });

  it('loses nothing of a parameter\'s default or description, nor of a rule\'s, in the wrapping', () => {
    const lines = policyOutput().split('\n');
    // Each parameter's block: from its `name = ` line to the next line at column 0.
    for (const p of PARAMETERS) {
      const at = lines.findIndex((l) => l.startsWith(`${p.name} = `));
      expect(at, p.name).toBeGreaterThanOrEqual(0);
      let end = at + 1;
      while (end < lines.length && /^ /u.test(lines[end] ?? '')) end += 1;
      const block = lines.slice(at, end).join('\n');
      const flat = block.replace(/\n */gu, '');
      if (p.default !== '') expect(flat, p.name).toContain(`${p.name} = ${p.default}`);
      const descriptions = lines.slice(at + 1, end).filter((l) => /^ {4}\S/u.test(l) && !/^ {4}范围 range/u.test(l));
      expect(bare(descriptions.join('\n')), p.name).toBe(bare(`${p.zh}${p.en}${'source' in p && p.source ? `[${p.source}]` : ''}`));
    }
    for (const r of [...HARD_RULES, ...TERMS]) {
      const at = lines.findIndex((l) => new RegExp(`^ {2}${r.name} {2,}`, 'u').test(l));
      expect(at, r.name).toBeGreaterThanOrEqual(0);
      let end = at + 1;
      while (end < lines.length && /^ {4}/u.test(lines[end] ?? '')) end += 1;
      expect(bare(lines.slice(at + 1, end).join('\n')), r.name).toBe(bare(`${r.zh}${r.en}`));
    }
  });
});
