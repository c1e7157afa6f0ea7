import { describe, expect, it } from 'vitest';
import type { ObjectionLine, ObjectionReport } from '../../src/plan/objection-report.js';
import { objectionText } from '../../src/text/objection-text.js';

const line = (teacher_id: string, decision: 'upheld' | 'rejected', before_to: string | undefined, after_to: string | undefined): ObjectionLine => ({
  kind: 'objection',
  teacher_id,
  name: '李强',
  subject: '数学',
  from_school_id: 'S0',
  decision,
  ...(before_to !== undefined ? { before_to } : {}),
  ...(after_to !== undefined ? { after_to } : {}),
  change: before_to === after_to ? 'kept' : 'removed',
  cause: { zh: '', en: '' },
  linked_objections: [],
});

const report: ObjectionReport = { reference: 'baseline', upheld: 1, rejected: 1, knock_on: 3, traced: 2, lines: [line('T1', 'upheld', 'S1', undefined), line('T2', 'rejected', 'S2', 'S2')] };

describe('the terminal lines about objections', () => {
  it('speak the summary\'s language only', () => {
    expect(objectionText(report, 'zh')).toEqual([
      '  异议: 同意 1, 驳回 1（与基准方案相比; 详见 objections.csv）',
      '    T1 李强: 同意; S1 → 留任',
      '    T2 李强: 驳回; S2 → S2',
      '    其他教师去向变化 3, 其中由同意的异议引起 2',
    ]);
    expect(objectionText(report, 'en')).toEqual([
      '  objections: upheld 1, rejected 1 (against the baseline; see objections.csv)',
      '    T1 李强: upheld; S1 → stays',
      '    T2 李强: rejected; S2 → S2',
      '    other changes of destination: 3, traced to upheld objections: 2',
    ]);
  });

  it('name each objection\'s file and row when they come from several files (each round\'s file given again beside the next)', () => {
    const rounds: ObjectionReport = { ...report, lines: [{ ...line('T1', 'upheld', 'S1', undefined), file: '异议.csv', row: 2 }, { ...line('T2', 'rejected', 'S2', 'S2'), file: '异议2.csv', row: 2 }] };
    expect(objectionText(rounds, 'zh').slice(1, 3)).toEqual(['    T1 李强: 同意; S1 → 留任（异议.csv 第2行）', '    T2 李强: 驳回; S2 → S2（异议2.csv 第2行）']);
    expect(objectionText(rounds, 'en').slice(1, 3)).toEqual(['    T1 李强: upheld; S1 → stays (异议.csv row 2)', '    T2 李强: rejected; S2 → S2 (异议2.csv row 2)']);
    // One file: the lines are as before.
    const one: ObjectionReport = { ...report, lines: rounds.lines.map((l) => ({ ...l, file: '异议.csv' })) };
    expect(objectionText(one, 'zh')[1]).toBe('    T1 李强: 同意; S1 → 留任');
  });

  it('says nothing without objections', () => {
    expect(objectionText(null, 'zh')).toEqual([]);
  });
});
