import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readExplain } from '../../src/plan-folder/explain-file.js';
import { teacherExplainText } from '../../src/text/explain-text.js';
import { readPlanCsv } from '../helpers/plan-run.js';

const SAMPLE = join(import.meta.dirname, '../fixtures/golden/sample-expected');

describe('explain gives a teacher the status teachers.csv gives', () => {
  it('in the sample county\'s plan, every teacher who stays, is exempt or not eligible: 返回原校 and 列入校长交流名单 included', () => {
    const read = readExplain(readFileSync(join(SAMPLE, 'explain.json'), 'utf8'), 'explain.json');
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    const status = new Map(readPlanCsv(join(SAMPLE, 'teachers.csv')).rows.map((r) => [r['工号'] ?? '', r['状态'] ?? '']));
    const about = { zh: '', en: '' };
    const words = new Map<string, number>();
    for (const t of read.value.teachers) {
      if (t.move) continue;
      const line = teacherExplainText(t, about)[0] ?? '';
      const said = /）: ([^,]+), /u.exec(line)?.[1];
      expect(said, t.id).toBe(status.get(t.id));
      words.set(said ?? '', (words.get(said ?? '') ?? 0) + 1);
    }
    // 000726 came back from an exchange; 000029 is a vice principal due to rotate.
    expect(words.get('返回原校')).toBe(2);
    expect(words.get('列入校长交流名单')).toBe(36);
    expect(teacherExplainText(read.value.teachers.find((t) => t.id === '000726') ?? read.value.teachers[0]!, about)[0]).toContain(': 返回原校, 半塔镇中心小学');
  });
});
