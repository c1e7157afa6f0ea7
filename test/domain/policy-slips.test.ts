/**
 * A value refused that is a good one with a slip undone was refused with no hint: `--set
 * weights.moves==2` (an extra =) as found "=2", a quoted `"2"`, a year in Chinese digits or with
 * 年, a share of `10` meant as 10%, `不` or `关` for 否, `0。5`, `2,`, `交流人数` for movers. The
 * refusal now says what was wrong and shows the line meant: `--set weights.moves=2`, or for a
 * policy file's row the row `weights.moves,2`. Several values parted by ; / or spaces are pointed
 * to rotate sweep as a comma list is.
 */
import { describe, expect, it } from 'vitest';
import { resolvePolicy, type PolicySetting } from '../../src/domain/policy.js';
import { subjectKey } from '../../src/domain/subjects.js';
import { parseSet } from '../../src/cli/io.js';

const refusal = (s: PolicySetting): { zh: string; en: string } => {
  const r = resolvePolicy([s], 2026, subjectKey);
  if (r.ok) throw new Error(`${s.key}=${s.value} was taken`);
  return r.issues[0] ?? { zh: '', en: '' };
};

describe('a value with a slip shows the line meant', () => {
  it('says an extra = was typed, on --set and in a policy file row', () => {
    const set = refusal({ key: 'weights.moves', value: '=2', file: '--set' });
    expect(set.zh).toContain('多打了一个等号, 应为 --set weights.moves=2');
    expect(set.en).toContain('an extra = was typed: meant --set weights.moves=2');
    const [typed] = parseSet('weights.moves==2', []);
    expect(typed && refusal(typed).en).toContain('meant --set weights.moves=2');
    const row = refusal({ key: 'weights.moves', value: '＝2', file: '参数.csv', row: 3 });
    expect(row.zh).toContain('多打了一个等号, 此行应为 weights.moves,2');
    expect(row.en).toContain('the row meant is weights.moves,2');
  });

  it('gives no line when the value is still wrong without the =', () => {
    const set = refusal({ key: 'weights.moves', value: '=abc', file: '--set' });
    expect(set.en).not.toContain('meant');
  });

  it('says a value takes no quotes, as a Windows shell or a spreadsheet leaves them', () => {
    for (const quoted of ['"2"', "'2'", '“2”', '「2」']) {
      const set = refusal({ key: 'weights.moves', value: quoted, file: '--set' });
      expect(set.zh, quoted).toContain('取值不加引号, 应为 --set weights.moves=2');
      expect(set.en, quoted).toContain('a value takes no quotes: meant --set weights.moves=2');
    }
    expect(refusal({ key: 'weights.moves', value: '="2"', file: '--set' }).en).toContain('an extra = was typed; a value takes no quotes: meant --set weights.moves=2');
    expect(refusal({ key: 'rules.direction', value: '"是"', file: '参数.csv', row: 4 }).zh).toContain('此行应为 rules.direction,是');
  });

  it('says a number is written in digits, showing it so', () => {
    const year = refusal({ key: 'plan.year', value: '二〇二六', file: '--set' });
    expect(year.zh).toContain('数请用阿拉伯数字写, 应为 --set plan.year=2026');
    expect(year.en).toContain('write a number in digits: meant --set plan.year=2026');
    expect(refusal({ key: 'weights.moves', value: '二', file: '参数.csv', row: 2 }).en).toContain('the row meant is weights.moves,2');
    // 十五 is no digit-by-digit number: no line is guessed.
    expect(refusal({ key: 'weights.moves', value: '十五', file: '--set' }).en).not.toContain('meant');
  });

  it('says a share of 10 is written 10% or 0.1, showing 10%', () => {
    const share = refusal({ key: 'rules.quota_share', value: '10', file: '--set' });
    expect(share.zh).toContain('比例写作百分数要带 %（或写作小数 0.1）, 应为 --set rules.quota_share=10%');
    expect(share.en).toContain('a share written as a percentage takes its % (or is written 0.1): meant --set rules.quota_share=10%');
    expect(refusal({ key: 'rules.backbone_share', value: '３３.３', file: '参数.csv', row: 5 }).en).toContain('(or is written 0.333): the row meant is rules.backbone_share,33.3%');
    for (const good of ['0.1', '10%']) expect(resolvePolicy([{ key: 'rules.quota_share', value: good, file: '--set' }], 2026, subjectKey).ok, good).toBe(true);
    // Above 100 it is no percentage either.
    expect(refusal({ key: 'rules.quota_share', value: '150', file: '--set' }).en).not.toContain('meant');
  });

  it('says a yes/no parameter takes 是 or 否, showing the one meant', () => {
    for (const no of ['不', '关', '关闭', '没有']) {
      const set = refusal({ key: 'rules.direction', value: no, file: '--set' });
      expect(set.zh, no).toContain('是/否 参数请写 是 或 否, 应为 --set rules.direction=否');
      expect(set.en, no).toContain('a yes/no parameter takes 是 or 否 (yes or no): meant --set rules.direction=否');
    }
    expect(refusal({ key: 'rules.two_way', value: '开', file: '参数.csv', row: 7 }).zh).toContain('此行应为 rules.two_way,是');
    expect(resolvePolicy([{ key: 'rules.direction', value: '否', file: '--set' }], 2026, subjectKey).ok).toBe(true);
    expect(refusal({ key: 'rules.direction', value: '也许', file: '--set' }).en).not.toContain('meant');
  });

  it('says a number takes no unit, showing it without', () => {
    const year = refusal({ key: 'plan.year', value: '2026年', file: '--set' });
    expect(year.zh).toContain('数后不写单位「年」, 应为 --set plan.year=2026');
    expect(year.en).toContain('a number takes no unit ("年"): meant --set plan.year=2026');
    expect(refusal({ key: 'eligibility.retirement_age_male', value: '60岁', file: '参数.csv', row: 2 }).en).toContain('the row meant is eligibility.retirement_age_male,60');
    expect(refusal({ key: 'solver.time_limit', value: '60秒', file: '--set' }).en).toContain('meant --set solver.time_limit=60');
    expect(refusal({ key: 'plan.year', value: '二〇二六年', file: '--set' }).zh).toContain('数请用阿拉伯数字写、数后不写单位「年」, 应为 --set plan.year=2026');
    // Minutes are not seconds: no line is guessed.
    expect(refusal({ key: 'solver.time_limit', value: '1分钟', file: '--set' }).en).not.toContain('meant');
  });

  it('says a decimal point is not the full stop 。, showing the number', () => {
    const set = refusal({ key: 'weights.moves', value: '0。5', file: '--set' });
    expect(set.zh).toContain('小数点请用「.」, 不用句号「。」, 应为 --set weights.moves=0.5');
    expect(set.en).toContain('a decimal point is ".", not the full stop "。": meant --set weights.moves=0.5');
    expect(refusal({ key: 'rules.quota_share', value: '0。1', file: '参数.csv', row: 3 }).en).toContain('the row meant is rules.quota_share,0.1');
  });

  it('says a comma left at the end of one value, showing the value', () => {
    const set = refusal({ key: 'weights.moves', value: '2,', file: '--set' });
    expect(set.zh).toContain('末尾多了「,」, 应为 --set weights.moves=2');
    expect(set.en).toContain('a stray "," at the end: meant --set weights.moves=2');
    expect(refusal({ key: 'rules.direction', value: '否。', file: '参数.csv', row: 3 }).en).toContain('the row meant is rules.direction,否');
  });

  it('points several values parted by ; / or spaces to rotate sweep, with commas', () => {
    for (const typed of ['1;2;4', '1；2；4', '1/2/4', '1 2 4', '1、2、4']) {
      const set = refusal({ key: 'weights.moves', value: typed, file: '--set' });
      expect(set.en, typed).toContain('use rotate sweep (rotate sweep county/*.csv --set weights.moves=1,2,4)');
    }
  });

  it('says a choice is written by its name, from its wording in the description or another case', () => {
    const set = refusal({ key: 'rules.backbone_share_base', value: '交流人数', file: '--set' });
    expect(set.zh).toContain('选项请写其名称, 应为 --set rules.backbone_share_base=movers');
    expect(set.en).toContain('a choice is written by its name: meant --set rules.backbone_share_base=movers');
    expect(refusal({ key: 'rules.backbone_share_base', value: 'Eligible', file: '参数.csv', row: 2 }).en).toContain('the row meant is rules.backbone_share_base,eligible');
    expect(refusal({ key: 'rules.backbone_share_base', value: '符合交流条件', file: '--set' }).en).toContain('meant --set rules.backbone_share_base=eligible');
    expect(refusal({ key: 'rules.backbone_share_base', value: '全部', file: '--set' }).en).not.toContain('meant');
  });
});
