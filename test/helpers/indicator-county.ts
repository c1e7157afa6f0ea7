import { csvWriter } from './csv-writer.js';

/**
 * A tiny hand-made county for the 优质均衡 indicators, written as input files in either
 * language. Its figures by hand (students per section in brackets):
 *
 * - U1 城关小学 (小学, 城区, 200): T01 体育 县级 本科, T02 体育 专科, T03 语文 高中, T04 语文 市级
 *   研究生, T05 数学 中专. Before: degree (专科+) 3 → 1.5, backbone 2 → 1, PE/arts 2 → 1.
 * - R1 乡村小学 (小学, 乡村, 100): T06 语文 本科. Before: degree 1, backbone 0, PE/arts 0.
 * - N1 一贯制 (九年一贯制, 乡村, 小学部 200, 初中部 100): T07 语文 县级 本科 (小学部): degree 0.5,
 *   backbone 0.5, PE/arts 0; T08 音乐 专科 and T09 数学 本科 (初中部: 本科+ counts): degree 1,
 *   backbone 0, PE/arts 1.
 * - J1 城关中学 (初中, 城区, 0 students, no teachers): nothing judged.
 *
 * A lock moves T02 (体育, 专科) from U1 to R1. After: U1 degree 1.0, backbone 1, PE/arts 0.5;
 * R1 degree 2, backbone 0, PE/arts 1; N1 unchanged.
 */
export function writeIndicatorCounty(lang: 'zh' | 'en', withDegree = true): string[] {
  const zh = lang === 'zh';
  const w = csvWriter(`rotate-indicators-${lang}-`);
  const v = (zhWord: string, enWord: string): string => (zh ? zhWord : enWord);
  const schools = w('schools.csv', [
    zh ? ['学校代码', '学校名称', '学段', '城乡类型', '在校学生数', '小学部学生数', '初中部学生数'] : ['school_id', 'name', 'stage', 'area', 'students', 'primary_students', 'junior_students'],
    ['U1', '城关小学', v('小学', 'primary'), v('城区', 'urban'), '200', '', ''],
    ['R1', '乡村小学', v('小学', 'primary'), v('乡村', 'rural'), '100', '', ''],
    ['N1', '一贯制学校', v('九年一贯制', 'nine_year'), v('乡村', 'rural'), '300', '200', '100'],
    ['J1', '城关中学', v('初中', 'junior'), v('城区', 'urban'), '0', '', ''],
  ]);
  const degree = (d: string): string => (withDegree ? d : '');
  const teachers = w('teachers.csv', [
    zh ? ['工号', '姓名', '学校代码', '任教学科', '本校任教年限', '骨干等级', '学历', '任教学段'] : ['teacher_id', 'name', 'school_id', 'subject', 'years_at_school', 'backbone', 'degree', 'teaching_stage'],
    ['T01', '甲', 'U1', '体育', '8', v('县级', 'county'), degree('本科'), ''],
    ['T02', '乙', 'U1', '体育', '8', v('无', 'none'), degree('专科'), ''],
    ['T03', '丙', 'U1', '语文', '2', v('无', 'none'), degree('高中'), ''],
    ['T04', '丁', 'U1', '语文', '2', v('市级', 'city'), degree('研究生'), ''],
    ['T05', '戊', 'U1', '数学', '2', v('无', 'none'), degree('中专'), ''],
    ['T06', '己', 'R1', '语文', '1', v('无', 'none'), degree('本科'), ''],
    ['T07', '庚', 'N1', '语文', '1', v('县级', 'county'), degree('本科'), v('小学', 'primary')],
    ['T08', '辛', 'N1', '音乐', '1', v('无', 'none'), degree('专科'), v('初中', 'junior')],
    ['T09', '壬', 'N1', '数学', '1', v('无', 'none'), degree('本科'), v('初中', 'junior')],
  ]);
  const posts = w('posts.csv', [
    zh ? ['学校代码', '学科', '岗位数', '学段'] : ['school_id', 'subject', 'posts', 'stage'],
    ['U1', '体育', '1', ''],
    ['U1', '语文', '2', ''],
    ['U1', '数学', '1', ''],
    ['R1', '体育', '1', ''],
    ['R1', '语文', '1', ''],
    ['N1', '语文', '1', v('小学', 'primary')],
    ['N1', '音乐', '1', v('初中', 'junior')],
    ['N1', '数学', '1', v('初中', 'junior')],
  ]);
  const locks = w('locks.csv', [zh ? ['工号', '操作', '学校代码'] : ['teacher_id', 'action', 'school_id'], ['T02', v('调往', 'move'), 'R1']]);
  return [schools, teachers, posts, locks];
}
