import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/output/display-width.js';
import { packColumns, wrapColumns } from '../../src/text/wrap-columns.js';

describe('wrapColumns: a text within a terminal\'s columns', () => {
  it('breaks English at spaces and never inside a word', () => {
    const lines = wrapColumns('the spread between schools of PE-and-arts and county-level backbone teachers per 100 students', 40, '    ');
    expect(lines.every((l) => displayWidth(l) <= 40 && l.startsWith('    '))).toBe(true);
    expect(lines.map((l) => l.trim()).join(' ')).toBe('the spread between schools of PE-and-arts and county-level backbone teachers per 100 students');
    expect(lines.length).toBeGreaterThan(2);
  });

  it('breaks Chinese between characters, counting each as two columns', () => {
    const text = '城乡双向流动：乡村或薄弱学校教师可到调出教师的城镇优质学校跟岗交流';
    const lines = wrapColumns(text, 24, '  ');
    expect(lines.every((l) => displayWidth(l) <= 24)).toBe(true);
    expect(lines.map((l) => l.trim()).join('')).toBe(text);
    expect(lines[0]).toBe('  城乡双向流动：乡村或薄');
  });

  it('gives a word longer than a line a line of its own, whole', () => {
    expect(wrapColumns('see rules.max_backbone_outflow_share here', 20, '')).toEqual(['see', 'rules.max_backbone_outflow_share', 'here']);
  });

  it('packs given pieces without cutting them', () => {
    expect(packColumns(['语文:0.24;', '数学:0.19;', '英语:0.11'], 22, '')).toEqual(['语文:0.24;数学:0.19;', '英语:0.11']);
  });
});
