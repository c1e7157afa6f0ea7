/**
 * Names for a synthetic county: people, townships, villages and schools, in 中文 with a
 * pinyin twin for English files. Every draw is the same whatever the language, so a county
 * generated in both languages has the same structure.
 */
import type { Lang } from '../domain/types.js';
import { Rng, WeightedTable } from './random.js';

/** A name in both languages. */
export interface Named {
  zh: string;
  en: string;
}

/** Parses "王Wang:71 李Li:70" style lists: Chinese characters, pinyin, optional weight. */
function parseList(text: string): { zh: string; en: string; weight: number }[] {
  return text
    .trim()
    .split(/\s+/)
    .map((item) => {
      const m = /^([\u4e00-\u9fff]+)([A-Za-z]+)(?::(\d+))?$/.exec(item);
      if (!m) throw new Error(`bad name table entry "${item}"`);
      return { zh: m[1] ?? '', en: m[2] ?? '', weight: Number(m[3] ?? '1') };
    });
}

// The commonest surnames, weighted by their share of the population (per mille, rounded).
const SURNAMES = parseList(`
  王Wang:71 李Li:70 张Zhang:67 刘Liu:54 陈Chen:45 杨Yang:31 黄Huang:20 赵Zhao:20 吴Wu:16 周Zhou:15
  徐Xu:13 孙Sun:12 马Ma:11 朱Zhu:11 胡Hu:10 郭Guo:9 何He:9 高Gao:9 林Lin:9 罗Luo:8
  郑Zheng:8 梁Liang:7 谢Xie:6 宋Song:6 唐Tang:5 许Xu:5 韩Han:5 冯Feng:5 邓Deng:5 曹Cao:5
  彭Peng:5 曾Zeng:4 肖Xiao:4 田Tian:4 董Dong:4 袁Yuan:4 潘Pan:4 于Yu:4 蒋Jiang:4 蔡Cai:4
  余Yu:3 杜Du:3 叶Ye:3 程Cheng:3 苏Su:3 魏Wei:3 吕Lyu:3 丁Ding:3 任Ren:3 沈Shen:3
  姚Yao:3 卢Lu:3 姜Jiang:3 崔Cui:3 钟Zhong:2 谭Tan:2 陆Lu:2 汪Wang:2 范Fan:2 金Jin:2
  石Shi:2 廖Liao:2 贾Jia:2 夏Xia:2 韦Wei:2 付Fu:2 方Fang:2 白Bai:2 邹Zou:2 孟Meng:2
  熊Xiong:2 秦Qin:2 邱Qiu:2 江Jiang:2 尹Yin:2 薛Xue:2 闫Yan:2 段Duan:2 雷Lei:2 侯Hou:2
  龙Long:1 史Shi:1 陶Tao:1 黎Li:1 贺He:1 顾Gu:1 毛Mao:1 郝Hao:1 龚Gong:1 邵Shao:1
  万Wan:1 钱Qian:1 严Yan:1 武Wu:1 戴Dai:1 孔Kong:1 汤Tang:1 欧阳Ouyang:1 储Chu:1 葛Ge:1
`);

const GIVEN_FEMALE = parseList(`
  芳fang 丽li 娟juan 敏min 静jing 婷ting 雪xue 琳lin 燕yan 霞xia 玲ling 红hong 艳yan 慧hui
  颖ying 洁jie 倩qian 晶jing 萍ping 梅mei 兰lan 莉li 欣xin 怡yi 佳jia 悦yue 雅ya 璐lu 月yue
  秀xiu 云yun 凤feng 琴qin 露lu 瑶yao 蕾lei 媛yuan 婧jing 菲fei 薇wei 晴qing 茜qian 蓉rong
  珊shan 丹dan 虹hong 娜na 宁ning 君jun
`);

const GIVEN_MALE = parseList(`
  伟wei 强qiang 磊lei 军jun 勇yong 杰jie 涛tao 明ming 超chao 刚gang 平ping 辉hui 鹏peng 飞fei
  鑫xin 波bo 斌bin 宇yu 浩hao 凯kai 健jian 俊jun 帆fan 峰feng 亮liang 龙long 成cheng 东dong
  林lin 建jian 国guo 志zhi 海hai 永yong 新xin 利li 庆qing 兵bing 春chun 松song 彬bin 阳yang
  毅yi 忠zhong 振zhen 锋feng 晨chen 旭xu 坤kun 卫wei
`);

/** First characters of two-character given names, used for both genders. */
const GIVEN_FIRST = parseList(`
  晓xiao 文wen 子zi 佳jia 思si 雨yu 家jia 梓zi 欣xin 安an 宏hong 春chun 秋qiu 小xiao 俊jun
  海hai 立li 志zhi 建jian 玉yu 金jin 永yong 红hong 明ming 德de 世shi 国guo 天tian 一yi 嘉jia
  新xin 雪xue 丽li 美mei 静jing 振zhen 少shao 亚ya 春chun 长chang
`);

/** Stems of township names (two characters each), as in the townships of an Anhui county. */
const TOWNSHIP_STEMS = parseList(`
  张集Zhangji 半塔Banta 汊河Chahe 水口Shuikou 舜山Shunshan 大英Daying 雷官Leiguan 施官Shiguan
  杨郢Yangying 独山Dushan 三城Sancheng 新安Xin'an 永丰Yongfeng 白塔Baita 桥头Qiaotou 龙山Longshan
  黄庄Huangzhuang 马厂Machang 石门Shimen 青山Qingshan 五里Wuli 双河Shuanghe 清流Qingliu 古城Gucheng
  涧溪Jianxi 沙河Shahe 杨集Yangji 高庙Gaomiao 刘集Liuji 赵店Zhaodian 孙岗Sungang 周圩Zhouwei
  吴桥Wuqiao 陈楼Chenlou 何庄Hezhuang 罗集Luoji 钱铺Qianpu 梅山Meishan 桃园Taoyuan 章广Zhangguang
`.replace(/'/g, ''));

const VILLAGE_SUFFIXES = parseList(`
  庄zhuang 集ji 圩wei 岗gang 湾wan 店dian 楼lou 营ying 寨zhai 桥qiao 洼wa 郢ying 塘tang 坝ba
  冲chong 村cun 屯tun 沟gou 岭ling 铺pu
`);

const VILLAGE_PREFIXES = parseList('大da 小xiao 前qian 后hou 东dong 西xi 南nan 北bei 新xin 老lao');

const SURNAME_TABLE = new WeightedTable(SURNAMES.map((s) => [s, s.weight] as const));

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A person's name: a weighted common surname and a one- or two-character given name. */
export function personName(rng: Rng, female: boolean): Named {
  const surname = SURNAME_TABLE.draw(rng);
  const pool = female ? GIVEN_FEMALE : GIVEN_MALE;
  const twoChars = rng.chance(0.72);
  const first = twoChars ? rng.pick(GIVEN_FIRST) : null;
  const last = rng.pick(pool);
  const zh = surname.zh + (first ? first.zh : '') + last.zh;
  const en = `${surname.en} ${capitalise((first ? first.en : '') + last.en)}`;
  return { zh, en };
}

/** `count` distinct township stems. */
export function townshipStems(rng: Rng, count: number): Named[] {
  if (count > TOWNSHIP_STEMS.length) throw new RangeError(`at most ${TOWNSHIP_STEMS.length} townships`);
  return rng.shuffle(TOWNSHIP_STEMS.slice()).slice(0, count).map(({ zh, en }) => ({ zh, en }));
}

/** Names of the urban subdistricts, the first being the county seat (城关镇). */
export const URBAN_TOWNSHIPS: readonly Named[] = [
  { zh: '城关镇', en: 'Chengguan Town' },
  { zh: '城东街道', en: 'Chengdong Subdistrict' },
  { zh: '城西街道', en: 'Chengxi Subdistrict' },
  { zh: '城南街道', en: 'Chengnan Subdistrict' },
  { zh: '城北街道', en: 'Chengbei Subdistrict' },
];

/** A village name not yet in `taken` (which it joins), such as 大刘庄 / Daliuzhuang. */
export function villageName(rng: Rng, taken: Set<string>): Named {
  for (let attempt = 0; ; attempt++) {
    const surname = SURNAME_TABLE.draw(rng);
    const suffix = rng.pick(VILLAGE_SUFFIXES);
    const prefix = rng.chance(0.35) ? rng.pick(VILLAGE_PREFIXES) : null;
    let zh = (prefix ? prefix.zh : '') + surname.zh + suffix.zh;
    let en = capitalise((prefix ? prefix.en : '') + surname.en.toLowerCase() + suffix.en);
    // After many tries the pool is crowded: number the village to keep names unique.
    if (attempt > 50) {
      zh += chineseNumeral(attempt);
      en += ` ${attempt}`;
    }
    if (!taken.has(zh)) {
      taken.add(zh);
      return { zh, en };
    }
  }
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 12 → 十二, 23 → 二十三, 105 → 一百零五 (whole numbers 1–9999). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) throw new RangeError(`no numeral for ${n}`);
  const units = ['', '十', '百', '千'];
  const digits = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  digits.forEach((d, i) => {
    const unit = units[digits.length - 1 - i] ?? '';
    if (d === 0) {
      zero = out.length > 0;
      return;
    }
    if (zero) out += '零';
    zero = false;
    out += (DIGITS[d] ?? '') + unit;
  });
  return out.startsWith('一十') ? out.slice(1) : out;
}

export function pickLang(n: Named, lang: Lang): string {
  return lang === 'zh' ? n.zh : n.en;
}
