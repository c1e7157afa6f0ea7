import { describe, expect, it } from 'vitest';
import { subjectKey } from '../../src/domain/subjects.js';

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

  it('drops a stage written before a curriculum subject (the stage is the school\'s or 学段\'s), and nothing else', () => {
    expect(subjectKey('小学语文')).toBe('语文');
    expect(subjectKey('初中数学')).toBe('数学');
    expect(subjectKey('初级中学 英语')).toBe('英语');
    expect(subjectKey('小学品德与社会')).toBe('道德与法治');
    expect(subjectKey('高中思想政治')).toBe('思想政治');
    expect(subjectKey('高中信息技术')).toBe('信息科技');
    // Not a curriculum subject after the stage: kept as written.
    expect(subjectKey('小学书法')).toBe('小学书法');
    expect(subjectKey('初中部')).toBe('初中部');
  });
});
