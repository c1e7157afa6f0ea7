import { describe, expect, it } from 'vitest';
import type { SubjectFigures, TeacherExplain } from '../../src/plan/explain.js';
import { teacherExplainText } from '../../src/text/explain-text.js';

const figures = (school_id: string, posts: number, teachers: [number, number]): SubjectFigures => ({ school_id, subject: '语文', posts, teachers, shortage: [Math.max(0, posts - teachers[0]), Math.max(0, posts - teachers[1])] });

/** A mover from 甲校 (S1) to 乙校 (S2) whose move lowers the shortage term by 5, with these subject figures at both ends. */
function mover(to: [number, number], from: [number, number]): TeacherExplain {
  return {
    id: 'T1', name: '张三', subject: '语文', backbone: 'none', school_id: 'S1', school: '甲校', status: 'moved', reason: { zh: '补缺', en: 'fills' },
    move: { to_id: 'S2', to: '乙校', direction: { zh: '城镇→乡村', en: 'urban→rural' }, locked: false, preference_rank: 0, home_township: false, to_subject: figures('S2', 6, to), from_subject: figures('S1', 8, from), served: { shortage: -5 } },
    alternatives: [], more: 0,
  };
}
const shortageLines = (t: TeacherExplain): string[] => teacherExplainText(t, { zh: '说明', en: 'about' }).filter((l) => /^ {4}(缺员|shortage) /.test(l));

describe('the shortage line of a move, which compares with the teacher staying', () => {
  it('says the counts are the whole plan\'s when other teachers\' moves are in them', () => {
    // Two arrive at 乙校 and six leave 甲校: not what this one move does.
    const [zh, en] = shortageLines(mover([4, 6], [8, 2]));
    expect(zh).toBe('    缺员 -5（所列人数为整个方案前 → 后, 含其他教师的交流）: 乙校（S2）语文: 岗位 6, 教师 4 → 6, 缺员 2 → 0; 甲校（S1）语文: 岗位 8, 教师 8 → 2, 缺员 0 → 6');
    expect(en).toBe("    shortage -5 (counts shown are the whole plan's before → after, other teachers' moves included): 乙校 (S2) 语文: 6 posts, teachers 4 → 6, shortage 2 → 0; 甲校 (S1) 语文: 8 posts, teachers 8 → 2, shortage 0 → 6");
  });

  it('labels them too when only one end has other moves in it', () => {
    for (const [to, from] of [[[4, 5], [8, 6]], [[4, 6], [8, 7]], [[4, 4], [8, 7]]] as [[number, number], [number, number]][]) {
      const [zh, en] = shortageLines(mover(to, from));
      expect(zh).toContain('（所列人数为整个方案前 → 后');
      expect(en).toContain("(counts shown are the whole plan's before → after");
    }
  });

  it('shows them as they are where the plan changes the subject by this teacher alone at both ends: they are the counts with the teacher staying → moving', () => {
    const [zh, en] = shortageLines(mover([4, 5], [8, 7]));
    expect(zh).toBe('    缺员 -5: 乙校（S2）语文: 岗位 6, 教师 4 → 5, 缺员 2 → 1; 甲校（S1）语文: 岗位 8, 教师 8 → 7, 缺员 0 → 1');
    expect(en).toBe('    shortage -5: 乙校 (S2) 语文: 6 posts, teachers 4 → 5, shortage 2 → 1; 甲校 (S1) 语文: 8 posts, teachers 8 → 7, shortage 0 → 1');
  });
});

describe('the cost of moving, named by its policy parameter', () => {
  const about = { zh: '说明', en: 'about' };
  it('names weights.moves on a mover\'s 调动代价 line', () => {
    const t = mover([4, 5], [8, 7]);
    const lines = teacherExplainText({ ...t, move: t.move && { ...t.move, served: { shortage: -5, moves: 1 } } }, about);
    expect(lines).toContain('    调动代价 +1: 即参数 weights.moves, 每调动1人计一份');
    expect(lines).toContain('    moves (weighted) +1: the parameter weights.moves, counted once per move');
  });

  it('names it once under the alternatives of a teacher who stays, where alone that cost shows', () => {
    const stays: TeacherExplain = { ...mover([4, 5], [8, 7]), status: 'stays', move: undefined, alternatives: [{ kind: 'move', school_id: 'S2', school: '乙校', delta: 3, terms: { shortage: 2, moves: 1 }, breaks: [] }] };
    const lines = teacherExplainText(stays, about);
    expect(lines.filter((l) => l.includes('weights.moves'))).toEqual(['    注: 调动代价即参数 weights.moves, 每调动1人计一份', '    note: moves (weighted) is the parameter weights.moves, counted once per move']);
    expect(teacherExplainText({ ...stays, alternatives: [] }, about).some((l) => l.includes('weights.moves'))).toBe(false);
  });
});
