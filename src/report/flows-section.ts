/** Where teachers go: a map when the schools have coordinates, and always the township matrix. */
import { plural } from '../domain/plural.js';
import type { School } from '../domain/types.js';
import type { Move } from '../plan/build-plan.js';
import { flowMap, mappableSchools, MAX_ARROWS } from './flow-map.js';
import { flowMatrix } from './flow-matrix.js';
import { legend, note, section } from './section.js';

export function flowsSection(schools: readonly School[], moves: readonly Move[]): string {
  const body: string[] = [];
  if (moves.length === 0) return section('flows', '交流流向', 'where teachers go', note('本方案没有交流教师。', 'No teacher moves in this plan.'));
  if (mappableSchools(schools).length >= 2) {
    const map = flowMap(schools, moves);
    body.push('<h3>地图 <span class="en">map</span></h3>');
    body.push(legend([
      { cls: 'school-town', zh: '城镇学校', en: 'urban/town school' },
      { cls: 'school-rural', zh: '乡村学校', en: 'rural' },
      { cls: 'school-weak', zh: '薄弱学校（空心）', en: 'weak (hollow)' },
      { cls: 'node', zh: '乡镇（各校中心）', en: 'township' },
      { cls: 'flow', zh: '乡镇间交流, 线越粗人数越多', en: 'moves between townships' },
    ]));
    body.push(`<div class="chart-wrap">${map.svg}</div>`);
    body.push(note('箭头由调出乡镇指向调入乡镇, 数字为人数; 同一乡镇内的交流见下表; 悬停可见名称和人数。', 'arrows run from the township teachers leave to the township they join, labelled with the number of teachers; moves within a township are in the table below; hover for names and numbers.'));
    if (map.hidden.flows > 0) body.push(note(`图上只画出人数最多的 ${MAX_ARROWS} 条流向; 另有 ${map.hidden.flows} 条（共 ${map.hidden.teachers} 人）见下表。`, `only the ${MAX_ARROWS} largest flows are drawn; ${map.hidden.flows} more (${map.hidden.teachers} ${plural(map.hidden.teachers, 'teacher')}) ${plural(map.hidden.flows, 'is', 'are')} in the table below.`));
    if (map.unmapped > 0) body.push(note(`${map.unmapped} 人涉及缺少经纬度的学校, 未画在图上（见下表）。`, `${map.unmapped} ${plural(map.unmapped, 'move involves', 'moves involve')} schools without coordinates and ${plural(map.unmapped, 'is', 'are')} not drawn (see the table below).`));
    if (map.unlabelled.length > 0) body.push(note(`因位置拥挤未在图上标注的乡镇: ${map.unlabelled.join('、')}。`, 'townships too crowded to name on the map.'));
  } else {
    body.push(note('学校表未给出经纬度, 以乡镇间矩阵表示流向。', 'the schools file gives no coordinates, so flows are shown as a township matrix.'));
  }
  body.push('<h3>乡镇间交流人数 <span class="en">moves between townships</span></h3>');
  body.push(flowMatrix(moves));
  return section('flows', '交流流向', 'where teachers go', body.join(''));
}
