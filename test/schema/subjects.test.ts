import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCurriculumSubject, subjectInText, subjectKey } from '../../src/domain/subjects.js';
import { planInProcess } from '../helpers/plan-run.js';

describe('subjectKey', () => {
  it('maps common English names to the Chinese subject', () => {
    const cases: [string, string][] = [
      ['chinese', '语文'], ['Math', '数学'], ['mathematics', '数学'], ['English', '英语'], ['music', '音乐'],
      ['PE', '体育'], ['P.E.', '体育'], ['physical education', '体育'], ['sports', '体育'], ['art', '美术'], ['Fine Art', '美术'],
      ['labor', '劳动'], ['labour', '劳动'], ['IT', '信息科技'], ['information technology', '信息科技'], ['computer', '信息科技'],
      ['psychology', '心理健康'], ['mental health', '心理健康'], ['science', '科学'], ['morality', '道德与法治'], ['politics', '道德与法治'],
      ['ethics', '道德与法治'], ['physics', '物理'], ['chemistry', '化学'], ['biology', '生物'], ['history', '历史'], ['geography', '地理'],
    ];
    for (const [text, key] of cases) expect(subjectKey(text)).toBe(key);
  });

  it('keeps Chinese names, folding spaces and full-width forms, and maps older names', () => {
    expect(subjectKey(' 音乐 ')).toBe('音乐');
    expect(subjectKey('音 乐')).toBe('音乐');
    expect(subjectKey('信息技术')).toBe('信息科技');
    expect(subjectKey('书法')).toBe('书法');
    expect(subjectKey('Robotics')).toBe('Robotics');
    expect(subjectKey('品德与社会')).toBe('道德与法治');
    expect(subjectKey('品德与生活')).toBe('道德与法治');
    expect(subjectKey('心理健康教育')).toBe('心理健康');
  });

  it('maps the names schools used before the 2022 curriculum (政治, 思品, 微机, 自然) to today\'s, with a stage or code before them too', () => {
    const cases: [string, string][] = [
      ['政治', '道德与法治'], ['思品', '道德与法治'], ['思想品德', '道德与法治'], ['品德', '道德与法治'], ['道法', '道德与法治'], ['品德与生活', '道德与法治'],
      ['微机', '信息科技'], ['计算机', '信息科技'], ['自然', '科学'], ['初中政治', '道德与法治'], ['小学自然', '科学'], ['05-微机', '信息科技'],
      // The 高中 name is the same subject (a senior roster writes 政治 or 思想政治), and English names are untouched.
      ['高中思想政治', '道德与法治'], ['思想政治', '道德与法治'], ['Politics', '道德与法治'], ['Computer', '信息科技'], ['Science', '科学'],
    ];
    expect(cases.map(([text]) => [text, subjectKey(text)])).toEqual(cases);
    expect(['政治', '微机', '自然'].every(isCurriculumSubject)).toBe(true);
  });

  it('drops a stage written before a curriculum subject (the stage is the school\'s or 学段\'s), and nothing else', () => {
    expect(subjectKey('小学语文')).toBe('语文');
    expect(subjectKey('初中数学')).toBe('数学');
    expect(subjectKey('初级中学 英语')).toBe('英语');
    expect(subjectKey('小学品德与社会')).toBe('道德与法治');
    expect(subjectKey('高中思想政治')).toBe('道德与法治');
    expect(subjectKey('高中信息技术')).toBe('信息科技');
    // Not a curriculum subject after the stage: kept as written.
    expect(subjectKey('小学书法')).toBe('小学书法');
    expect(subjectKey('初中部')).toBe('初中部');
  });

  it('knows the 2022 curriculum\'s names, 综合实践活动, the other foreign languages and the minority languages', () => {
    expect(['生物学', '初中生物学', '综合实践', '小学综合实践活动', '艺术', '小学艺术', '初中日语', 'Russian', 'Japanese', '小学藏语文', '朝鲜语文'].map(subjectKey)).toEqual(['生物', '生物', '综合实践活动', '综合实践活动', '艺术', '艺术', '日语', '俄语', '日语', '藏语文', '朝鲜语文']);
  });

  it('reads a subject with the national system\'s code before it by its name, where the name is the curriculum\'s', () => {
    expect(['01-语文', '02 数学', '03.英语', '12、小学科学', '07品德与社会'].map(subjectKey)).toEqual(['语文', '数学', '英语', '科学', '道德与法治']);
    // A code before anything else is kept as written, as is a number that is part of the name.
    expect(subjectKey('99-书法')).toBe('99-书法');
    expect(subjectKey('2024')).toBe('2024');
  });
});

describe('subjectInText', () => {
  it('names a Chinese-written subject by the curriculum\'s name, any other as written', () => {
    expect(subjectInText({ subject: subjectKey('01-语文'), subjectLabel: '01-语文' })).toBe('语文');
    expect(subjectInText({ subject: subjectKey('小学语文'), subjectLabel: '小学语文' })).toBe('语文');
    expect(subjectInText({ subject: subjectKey('Music'), subjectLabel: 'Music' })).toBe('Music');
  });

  it('the sample with its teachers\' subjects coded (01-语文) plans the same moves for the same reasons', async () => {
    const data = join(import.meta.dirname, '../../data');
    const dir = mkdtempSync(join(tmpdir(), 'rotate-coded-subjects-'));
    const lines = readFileSync(join(data, '教师.csv'), 'utf8').split('\r\n');
    const col = (lines[0] ?? '').split(',').indexOf('任教学科');
    const coded = lines.map((l, i) => (i === 0 || l === '' ? l : l.split(',').map((c, j) => (j === col ? `${String(i % 90).padStart(2, '0')}-${c}` : c)).join(',')));
    expect(coded[1]).toMatch(/,01-\p{Script=Han}+,/u);
    writeFileSync(join(dir, '教师.csv'), coded.join('\r\n'));
    for (const f of ['学校.csv', '岗位.csv']) writeFileSync(join(dir, f), readFileSync(join(data, f)));
    const run = async (files: string[], out: string) => {
      const r = await planInProcess(files, join(dir, out));
      if (r.kind !== 'written') throw new Error(r.kind);
      return r.report.plan.moves.map((m) => [m.teacher.id, m.to.id, m.reason.zh]);
    };
    const asWritten = await run(['学校.csv', '教师.csv', '岗位.csv'].map((f) => join(dir, f)), 'coded');
    const sample = await run(['学校.csv', '教师.csv', '岗位.csv'].map((f) => join(data, f)), 'sample');
    expect(asWritten.length).toBeGreaterThan(0);
    expect(asWritten).toEqual(sample);
  });
});
