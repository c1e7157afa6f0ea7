/**
 * Which round of posting (公示轮次) a re-posting is: a bureau posts the list (第一次公示), decides
 * the objections and posts the plan re-made after them (第二次公示), and so on. Each round's
 * decisions are an objections file, and every later plan keeps the earlier rounds' files among its
 * inputs (so that their decisions stay locks; its summary.json records each), so a plan re-made
 * with k objections files is posted as round k + 1, at least 2. Decisions typed as locks, or the
 * rounds' rows kept in one file, are not counted that way: then the clerk sets the round
 * (`publish --round N`).
 */
import type { Lang } from '../domain/types.js';

/** The round of a re-posting, and what it was taken from. */
export interface PostingRound {
  round: number;
  /** 'set': typed (--round); 'objections': counted from the plan's objections files, `files` of them. */
  from: 'set' | 'objections';
  files: number;
}

/** An input file as the plan's summary.json records it (kind, name, SHA-256). */
interface Recorded {
  kind: string;
  file: string;
  sha256: string;
}

/** The round of a re-posting: `set` when given, else one more than the distinct objections files the plan was made with (by content, else by name), at least 2. */
export function postingRound(inputs: readonly Recorded[], set?: number): PostingRound {
  const files = new Set(inputs.filter((f) => f.kind === 'objections').map((f) => (f.sha256 !== '' ? f.sha256 : f.file))).size;
  if (set !== undefined) return { round: set, from: 'set', files };
  return { round: Math.max(2, files + 1), from: 'objections', files };
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** A count in Chinese numerals as a notice writes it (二, 十, 十二, 二十一); digits from 100. */
export function chineseCount(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 100) return String(n);
  if (n < 10) return DIGITS[n] ?? String(n);
  const [tens, ones] = [Math.floor(n / 10), n % 10];
  return `${tens === 1 ? '' : (DIGITS[tens] ?? '')}十${ones === 0 ? '' : (DIGITS[ones] ?? '')}`;
}

/** The round as a notice names it: `第二次公示`, `round 2`. */
export function roundName(round: number, lang: Lang): string {
  return lang === 'zh' ? `第${chineseCount(round)}次公示` : `round ${round}`;
}
