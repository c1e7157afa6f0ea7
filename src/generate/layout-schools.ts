/**
 * The map of a synthetic county: its townships and, for each school, area, stage, weakness,
 * township, place, name, id and a relative size. Head counts and pupils come later
 * (build-county.ts), from the size and the staffing pattern.
 */
import type { Area, Stage } from '../domain/types.js';
import { URBAN_TOWNSHIPS, chineseNumeral, townshipStems, villageName, type Named } from './names.js';
import { Rng, apportion } from './random.js';
import type { Profile } from './staffing-plan.js';

export interface Township {
  name: Named;
  /** Short form used inside school names (城关, 张集乡 / Chengguan, Zhangji). */
  short: Named;
  kind: 'urban' | 'zhen' | 'xiang';
  lat: number;
  lon: number;
}

export interface SchoolLayout {
  id: string;
  name: Named;
  stage: Stage;
  area: Area;
  weak: boolean;
  /** Index into the townships. */
  township: number;
  lat: number;
  lon: number;
  /** Relative size; head counts are shared out in proportion to it. */
  weight: number;
  profile: Profile;
}

/** The county code the ids start with (a county of Chuzhou, Anhui), and the map's centre. */
const COUNTY_CODE = '341122';
const CENTRE = { lat: 32.45, lon: 118.43 };

const STAGES: readonly Stage[] = ['primary', 'junior', 'nine_year'];
/** Share of each stage (primary, junior, nine-year) among the schools of an area. */
const STAGE_MIX: Record<Area, readonly number[]> = {
  urban: [0.65, 0.3, 0.05],
  town: [0.55, 0.35, 0.1],
  rural: [0.72, 0.1, 0.18],
};
/** Relative size ranges [low, high) by area and stage (primary, junior, nine-year). */
const SIZE: Record<Area, readonly (readonly [number, number])[]> = {
  urban: [[1.6, 4.2], [2.0, 4.6], [2.0, 4.2]],
  town: [[0.9, 2.0], [1.1, 2.2], [1.1, 2.2]],
  rural: [[0.2, 0.8], [0.8, 1.6], [0.7, 1.5]],
};
const WEAK_SIZE_FACTOR = 0.75;
const WEAK_SHARE = 0.15;
const WEAK_RURAL_SHARE = 0.75;

const STAGE_WORD: Record<Stage, Named> = {
  primary: { zh: '小学', en: 'Primary School' },
  junior: { zh: '初级中学', en: 'Junior Middle School' },
  senior: { zh: '高级中学', en: 'Senior High School' },
  nine_year: { zh: '九年一贯制学校', en: 'Nine-Year School' },
  complete: { zh: '完全中学', en: 'Complete Middle School' },
  twelve_year: { zh: '十二年一贯制学校', en: 'Twelve-Year School' },
};
const RURAL_STAGE_WORD: Record<Stage, Named> = { ...STAGE_WORD, junior: { zh: '中学', en: 'Middle School' }, nine_year: { zh: '学校', en: 'School' } };

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

function makeTownships(rng: Rng, schools: number, urbanSchools: number): Township[] {
  const total = clamp(Math.round(6 + schools / 15), 8, 20);
  const urban = clamp(Math.ceil(urbanSchools / 40), 1, URBAN_TOWNSHIPS.length);
  const others = total - urban;
  const zhen = Math.max(1, Math.round(0.6 * others));
  const out: Township[] = [];
  for (let i = 0; i < urban; i++) {
    const name = URBAN_TOWNSHIPS[i] as Named;
    const short = { zh: name.zh.slice(0, 2), en: name.en.split(' ')[0] ?? name.en };
    out.push({ name, short, kind: 'urban', lat: CENTRE.lat + rng.between(-0.02, 0.02), lon: CENTRE.lon + rng.between(-0.02, 0.02) });
  }
  townshipStems(rng, others).forEach((stem, i) => {
    const isZhen = i < zhen;
    const name = { zh: stem.zh + (isZhen ? '镇' : '乡'), en: `${stem.en} ${isZhen ? 'Town' : 'Township'}` };
    const angle = (2 * Math.PI * i) / others + rng.between(-0.25, 0.25);
    const r = rng.between(0.1, 0.32);
    out.push({ name, short: { zh: name.zh, en: stem.en }, kind: isZhen ? 'zhen' : 'xiang', lat: CENTRE.lat + r * Math.sin(angle), lon: CENTRE.lon + r * Math.cos(angle) });
  });
  return out;
}

/** Stages for `n` schools of an area, in the area's mix, shuffled. */
function stagesFor(rng: Rng, area: Area, n: number): Stage[] {
  const counts = apportion(n, STAGE_MIX[area]);
  const out: Stage[] = [];
  counts.forEach((c, i) => {
    for (let k = 0; k < c; k++) out.push(STAGES[i] as Stage);
  });
  return rng.shuffle(out);
}

interface Draft {
  area: Area;
  stage: Stage;
  weak: boolean;
  township: number;
  weight: number;
  order: number;
}

/** Lays out `n` schools (n ≥ 3): a third urban, a quarter town, the rest rural; ~15% weak, mostly rural. */
export function layoutSchools(seed: number, n: number): { townships: Township[]; schools: SchoolLayout[] } {
  const rng = Rng.stream(seed, 1);
  const nU = Math.max(1, Math.round(n / 3));
  const nT = Math.max(1, Math.round(n / 4));
  const nR = n - nU - nT;
  const townships = makeTownships(rng, n, nU);
  const byKind = (k: Township['kind']): number[] => townships.flatMap((t, i) => (t.kind === k ? [i] : []));
  const urbanT = byKind('urban');
  const zhenT = byKind('zhen');
  const ruralT = [...byKind('xiang'), ...zhenT];

  const drafts: Draft[] = [];
  const add = (area: Area, count: number): void => {
    for (const stage of stagesFor(rng, area, count)) drafts.push({ area, stage, weak: false, township: 0, weight: 0, order: drafts.length });
  };
  add('urban', nU);
  add('town', nT);
  add('rural', nR);

  // Weak schools: most of them rural, the rest in towns, then in the city.
  const nWeak = Math.round(WEAK_SHARE * n);
  const markWeak = (area: Area, k: number): number => {
    const pool = rng.shuffle(drafts.filter((d) => d.area === area));
    const take = Math.max(0, Math.min(k, pool.length));
    for (const d of pool.slice(0, take)) d.weak = true;
    return take;
  };
  let weakLeft = nWeak - markWeak('rural', Math.ceil(WEAK_RURAL_SHARE * nWeak));
  weakLeft -= markWeak('town', weakLeft);
  markWeak('urban', weakLeft);

  // Townships: urban schools in the city, town schools in the seats of 镇, rural schools
  // spread so that every township has one before any has two.
  let u = 0;
  let t = 0;
  let r = 0;
  const ruralOrder = rng.shuffle(ruralT.slice());
  for (const d of drafts) {
    if (d.area === 'urban') d.township = urbanT[u++ % urbanT.length] ?? 0;
    else if (d.area === 'town') d.township = zhenT[t++ % zhenT.length] ?? 0;
    else d.township = r < ruralOrder.length ? (ruralOrder[r++] ?? 0) : rng.pick(ruralT);
    const stageIndex = Math.max(0, STAGES.indexOf(d.stage));
    const [lo, hi] = SIZE[d.area][stageIndex] ?? [1, 1];
    d.weight = rng.between(lo, hi) * (d.weak ? WEAK_SIZE_FACTOR : 1);
  }

  const areaRank: Record<Area, number> = { urban: 0, town: 1, rural: 2 };
  drafts.sort((a, b) => a.township - b.township || areaRank[a.area] - areaRank[b.area] || STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage) || a.order - b.order);

  const width = Math.max(3, String(n).length);
  const counters = new Map<string, number>();
  const villages = townships.map(() => new Set<string>());
  const schools = drafts.map((d, i): SchoolLayout => {
    const tw = townships[d.township] as Township;
    const key = `${d.township}|${d.area}|${d.stage}`;
    const k = (counters.get(key) ?? 0) + 1;
    counters.set(key, k);
    const word = STAGE_WORD[d.stage];
    let name: Named;
    if (d.area === 'urban') {
      name = { zh: `${tw.short.zh}第${chineseNumeral(k)}${word.zh}`, en: `${tw.short.en} No. ${k} ${word.en}` };
    } else if (d.area === 'town') {
      const first = d.stage === 'primary' ? { zh: '中心小学', en: 'Central Primary School' } : word;
      name = k === 1 ? { zh: `${tw.short.zh}${first.zh}`, en: `${tw.short.en} ${first.en}` } : { zh: `${tw.short.zh}第${chineseNumeral(k)}${word.zh}`, en: `${tw.short.en} No. ${k} ${word.en}` };
    } else {
      const v = villageName(rng, villages[d.township] as Set<string>);
      const w = RURAL_STAGE_WORD[d.stage];
      name = { zh: `${tw.short.zh}${v.zh}${w.zh}`, en: `${tw.short.en} ${v.en} ${w.en}` };
    }
    const spread = d.area === 'urban' ? 0.025 : d.area === 'town' ? 0.01 : 0.07;
    const profile: Profile = d.weak ? (d.area === 'rural' ? 'weak_rural' : 'weak_town') : d.area === 'rural' ? 'rural' : 'strong';
    return {
      id: COUNTY_CODE + String(i + 1).padStart(width, '0'),
      name,
      stage: d.stage,
      area: d.area,
      weak: d.weak,
      township: d.township,
      lat: tw.lat + rng.between(-spread, spread),
      lon: tw.lon + rng.between(-spread, spread),
      weight: d.weight,
      profile,
    };
  });
  return { townships, schools };
}
