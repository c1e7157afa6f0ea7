/**
 * Why no section of a school may take a teacher (the same-stage rule, DOMAIN.md "Stage"), in
 * words a clerk can act on: the destination is outside the scope, it is a stage up, it is a
 * stage down the county does not allow (or two down), or the stage is right but the certificate
 * (教师资格种类) does not cover it (教师资格条例 第五条). One sentence "not the same stage or the
 * one below, or beyond the certificate, or outside the scope" named all four and none.
 */
import type { Policy } from './policy.js';
import { arrivalSection, certificateLevel, inScope, LEVEL, SECTION_NAME, sectionsOf, teacherSection } from './sections.js';
import type { Text } from './text.js';
import type { Certificate, School, Section, Teacher } from './types.js';

/** 教师资格种类 as the reasons name it (教师资格条例 第四条). */
const CERTIFICATE_NAME: Readonly<Record<Certificate, Text>> = {
  kindergarten: { zh: '幼儿园', en: 'kindergarten' },
  primary: { zh: '小学', en: 'primary' },
  junior: { zh: '初级中学', en: 'junior middle school' },
  senior: { zh: '高级中学', en: 'senior middle school' },
  vocational: { zh: '中等职业学校', en: 'vocational school' },
  vocational_practice: { zh: '中等职业学校实习指导', en: 'vocational practice instructor' },
  higher: { zh: '高等学校', en: 'higher education' },
};

/** A refusal: what is wrong, and what the clerk can do. */
export interface StageRefusal {
  why: Text;
  hint: Text;
}

const names = (ss: readonly Section[], sep: { zh: string; en: string }): Text => ({ zh: ss.map((s) => SECTION_NAME[s].zh).join(sep.zh), en: ss.map((s) => SECTION_NAME[s].en).join(sep.en) });
const LIST = { zh: '、', en: ', ' };
const OR = { zh: '或', en: ' or ' };

/**
 * Why a teacher of school `from` cannot fill any post of school `to` under the stage rule, or
 * null when some section may take him or her (see {@link arrivalSection}).
 */
export function stageRefusal(t: Pick<Teacher, 'teachingStage' | 'certificate'>, from: Pick<School, 'stage'>, to: Pick<School, 'stage'>, p: Pick<Policy, 'scope' | 'sameStage' | 'stageDown'>): StageRefusal | null {
  const own = teacherSection(t, from);
  if (arrivalSection(own, t.certificate, to, p) !== undefined) return null;
  const there = sectionsOf(to);
  const open = there.filter((s) => inScope(s, p));
  if (open.length === 0) {
    const scope = names(p.scope, LIST);
    const outside = names(there, LIST);
    return {
      why: { zh: `${outside.zh}不在本次交流范围（${scope.zh || '无'}）`, en: `${outside.en} is outside the rotation's scope (${scope.en || 'none'})` },
      hint: { zh: '改选交流范围内的学校, 或在 rules.scope 中加入该学段', en: 'choose a school within the scope, or add its stage to rules.scope' },
    };
  }
  const lowest = p.stageDown ? LEVEL[own] - 1 : LEVEL[own];
  const stageFits = open.filter((s) => LEVEL[s] <= LEVEL[own] && LEVEL[s] >= lowest);
  const mayGo = (Object.keys(LEVEL) as Section[]).filter((s) => LEVEL[s] <= LEVEL[own] && LEVEL[s] >= lowest && LEVEL[s] <= certificateLevel(t.certificate) && inScope(s, p));
  const go = names(mayGo, OR);
  const choose: Text = mayGo.length > 0 ? { zh: `改选${go.zh}的学校`, en: `choose a ${go.en} school` } : { zh: '核实任教学段和教师资格种类', en: 'check the teaching stage and the certificate' };
  if (stageFits.length === 0) {
    if (open.every((s) => LEVEL[s] > LEVEL[own])) {
      return { why: { zh: '不能调往高学段, 只可同学段或低一学段', en: 'a teacher does not move up a stage, only within it or one down' }, hint: choose };
    }
    if (!p.stageDown && open.every((s) => LEVEL[s] < LEVEL[own])) {
      return {
        why: { zh: '本县不允许调往低学段（rules.stage_down=否）, 只可同学段', en: 'the county allows no move down a stage (rules.stage_down=no), only within it' },
        hint: { zh: `${choose.zh}, 或 --set rules.stage_down=是`, en: `${choose.en}, or --set rules.stage_down=yes` },
      };
    }
    return { why: { zh: '只可同学段或低一学段, 不能低两个学段', en: 'only within the stage or one down, not two' }, hint: choose };
  }
  const cert = t.certificate === undefined ? { zh: '未填', en: 'not given' } : CERTIFICATE_NAME[t.certificate];
  const want = names(stageFits, LIST);
  return {
    why: {
      zh: `教师资格种类为${cert.zh}, 不能任教${want.zh}（教师资格条例第五条: 教师资格适用于本级及以下学校）`,
      en: `the certificate is ${cert.en}, which does not cover ${want.en} (教师资格条例 article 5: a certificate covers its own level and those below)`,
    },
    hint: mayGo.length > 0 ? { zh: `${choose.zh}, 或核实教师资格种类`, en: `${choose.en}, or check the certificate` } : { zh: '核实教师资格种类', en: 'check the certificate' },
  };
}

/** The teacher's stage as a refusal names it: `任教初中` / `teaches junior`. */
export function teachesWords(t: Pick<Teacher, 'teachingStage'>, from: Pick<School, 'stage'>): Text {
  const own = SECTION_NAME[teacherSection(t, from)];
  return { zh: `任教${own.zh}`, en: `teaches ${own.en}` };
}
