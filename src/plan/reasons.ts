import { plural } from '../domain/plural.js';
import { roleWords } from '../domain/leaders.js';
import type { Text } from '../domain/text.js';
import { SECTION_NAME } from '../domain/sections.js';
import { subjectInText } from '../domain/subjects.js';
import type { Backbone, School, Section, Teacher } from '../domain/types.js';

export type { Text };

const BACKBONE_ZH: Record<Backbone, string> = { none: '', school: '校级骨干', county: '县级骨干', city: '市级骨干', province: '省级骨干' };
const BACKBONE_EN: Record<Backbone, string> = { none: '', school: 'school-level backbone', county: 'county-level backbone', city: 'city-level backbone', province: 'province-level backbone' };

export interface ReasonFacts {
  teacher: Teacher;
  to: School;
  /** At a destination of two sections, the section whose post the move fills (its shortage is the section's). */
  section?: Section;
  /** Shortage of the teacher's subject at the destination (in its section, where `section` is given) before and after the plan. */
  shortBefore: number;
  shortAfter: number;
  scarce: boolean;
  locked: boolean;
  /** 1-based rank of the destination among the teacher's preferences, 0 when not asked for. */
  preferenceRank: number;
  homeTownship: boolean;
  needsRuralService: boolean;
  /** True when the move serves the backbone balance at the destination. */
  backboneGap: boolean;
  /** A two-way exchange (跟岗交流) into a 城镇 school that is not weak. */
  twoWay?: boolean;
  /** A principal or vice principal, moved by a lock to a leadership post. */
  leader?: boolean;
  /** Another school of the county has the destination's name: the reason gives its code beside it. */
  sharedName?: boolean;
  /** The teacher reaches statutory retirement before the term ends (domain/retirement-in-term.ts): what the reason says of it. */
  retiresInTerm?: Text;
}

/** A sentence a principal can read, naming what the move serves. */
export function moveReason(f: ReasonFacts): Text {
  const kind = f.to.area === 'rural' ? (f.to.weak ? '乡村薄弱学校' : '乡村学校') : '薄弱学校';
  const kindEn = f.to.area === 'rural' ? (f.to.weak ? 'rural weak school' : 'rural school') : 'weak school';
  const sec = f.section === undefined ? undefined : SECTION_NAME[f.section];
  const name = f.sharedName === true ? `${f.to.name}（${f.to.id}）` : f.to.name;
  const nameEn = f.sharedName === true ? `${f.to.name} (${f.to.id})` : f.to.name;
  const zh: string[] = [];
  const en: string[] = [];
  if (f.locked) {
    zh.push('人工锁定调往');
    en.push('locked by hand');
  }
  if (f.leader) {
    const role = roleWords(f.teacher);
    zh.push(`${role.zh}交流, 由县教育局组织选派到「${name}」, 不占学科岗位, 不计入教师交流比例和骨干比例`);
    en.push(`${role.en} posted by the county to ${nameEn}: no subject post taken, outside the teachers' quota and backbone share`);
  } else if (f.twoWay) {
    zh.push(`跟岗交流（城乡双向流动）到「${name}」${sec ? `${sec.zh}部` : ''}任教${subjectInText(f.teacher)}, 该校同学科有教师调出; 不计入交流比例和骨干比例`);
    en.push(`two-way exchange to ${nameEn}${sec ? ` (${sec.en} section)` : ''}, which sends ${subjectInText(f.teacher)} teachers out; outside the quota and the backbone share`);
  } else if (f.shortBefore === 0) {
    // No vacancy in the subject before the plan: the post is one a teacher of the school leaves (a two-way exchange to the city, or a rotation), so nothing is filled that was short.
    const subject = subjectInText(f.teacher);
    zh.push(`到${kind}「${name}」${sec ? `${sec.zh}部` : ''}任教${subject}, 接替该校调出的${subject}教师（缺员${f.shortBefore}人→${f.shortAfter}人）`);
    en.push(`to ${kindEn} ${nameEn}${sec ? `, ${sec.en} section` : ''}: takes the ${subject} post ${nameEn}'s own teacher leaves (shortage ${f.shortBefore} → ${f.shortAfter})`);
  } else {
    zh.push(`补${kind}「${name}」${sec ? `${sec.zh}部` : ''}${subjectInText(f.teacher)}${f.scarce ? '（紧缺学科）' : ''}缺员${f.shortBefore}人→${f.shortAfter}人`);
    en.push(`fills ${subjectInText(f.teacher)}${f.scarce ? ' (scarce subject)' : ''} at ${kindEn} ${nameEn}${sec ? `, ${sec.en} section` : ''}: shortage ${f.shortBefore} → ${f.shortAfter}`);
  }
  if (f.teacher.backbone !== 'none') {
    zh.push(f.backboneGap ? `${BACKBONE_ZH[f.teacher.backbone]}, 补骨干不足` : BACKBONE_ZH[f.teacher.backbone]);
    en.push(f.backboneGap ? `${BACKBONE_EN[f.teacher.backbone]}, raises its backbone share` : BACKBONE_EN[f.teacher.backbone]);
  }
  zh.push(`本校任教${f.teacher.yearsAtSchool}年`);
  en.push(`${f.teacher.yearsAtSchool} ${plural(f.teacher.yearsAtSchool, 'year')} at the school`);
  if (f.needsRuralService) {
    zh.push('评高级职称需乡村任教经历');
    en.push('needs rural service for a senior title');
  }
  if (f.retiresInTerm) {
    zh.push(f.retiresInTerm.zh);
    en.push(f.retiresInTerm.en);
  }
  if (f.preferenceRank > 0) {
    zh.push(`第${f.preferenceRank}志愿`);
    en.push(`preference ${f.preferenceRank}`);
  }
  if (f.homeTownship) {
    zh.push('回家庭所在乡镇');
    en.push('home township');
  }
  return { zh: zh.join('; '), en: en.join('; ') };
}
