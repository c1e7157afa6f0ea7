import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/output/display-width.js';
import { safeLine } from '../../src/safe/show-path.js';
import { batchTable } from '../../src/text/batch-table.js';
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

  it('never cuts an ID number across two lines, where neither line alone would be masked', () => {
    const ids = ['620502 19910305 7744', '６２０５０２１９９１０３０５７７４４', '620502-19910305-7744'];
    for (const id of ids) {
      for (let k = 0; k < 30; k++) {
        const lines = wrapColumns(`县${'a'.repeat(k)} ${id} 未规划`, 40, '  ').map(safeLine);
        const digits = lines.join('\n').replace(/[\uFF10-\uFF19]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
        expect(digits).not.toMatch(/620502|19910305|7744/u);
      }
    }
  });

  it('masks a county folder named with an ID number in the batch table\'s notes, wherever the line breaks', () => {
    for (let k = 35; k < 50; k++) {
      const name = `县${'a'.repeat(k)} 620502 19910305 7744`;
      const lines = batchTable([{ name: '乙县', code: 0, figures: { moved: 1, backboneMoved: 0, shortageBefore: 1, shortageAfter: 0, scarceBefore: 0, scarceAfter: 0, rulesHeld: 5, rules: 5, sectionsBefore: 0, sectionsAfter: 0, sections: 1, relaxed: false, provenOptimal: true, schoolsSha256: 'a' } }, { name, code: 3 }]).map(safeLine);
      expect(lines.join('\n')).not.toMatch(/620502|19910305|7744/u);
      expect(lines.join('\n')).toContain('未规划的县不计入合计');
    }
  });
  it('starts no line with a closing mark nor ends one with an opening mark, wherever the line breaks', () => {
    // sweep's note broke `-o <新文件夹>` into `<新文件夹` at a line's end and `>` alone on the next.
    const text = '选定一点后用 rotate plan <同样的文件和参数> --set weights.moves=… -o <新文件夹> 写出该点的方案（再用 rotate diff 比较）、逐项核对。';
    for (let width = 20; width <= 60; width++) {
      const lines = wrapColumns(text, width, '');
      expect(lines.join('').replace(/ /gu, ''), `width ${width}`).toBe(text.replace(/ /gu, ''));
      for (const l of lines) {
        expect(l, `width ${width}`).not.toMatch(/^[>）、。]/u);
        expect(l, `width ${width}`).not.toMatch(/[<（]$/u);
      }
    }
  });
});
