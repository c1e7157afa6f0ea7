import { displayWidth } from '../output/display-width.js';
import { maskIdCards } from '../safe/id-card.js';

/** The terminal width rotate's own lists keep to, in columns (a Chinese character is two), as --help does. */
export const TERMINAL_WIDTH = 100;

/**
 * Pieces packed into lines of at most `width` terminal columns (a Chinese character is two), each
 * line starting with `indent`; a piece is never cut, so one longer than a line has a line of its
 * own. Spaces at the ends of a line are dropped.
 */
export function packColumns(pieces: readonly string[], width: number, indent: string): string[] {
  const room = width - displayWidth(indent);
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    if (/^\s+$/u.test(piece)) {
      if (line !== '') line += piece;
      continue;
    }
    if (line.trim() !== '' && displayWidth(line) + displayWidth(piece) > room) {
      lines.push(line.trimEnd());
      line = '';
    }
    line += piece;
  }
  if (line.trim() !== '' || lines.length === 0) lines.push(line.trimEnd());
  return lines.map((l) => `${indent}${l}`);
}

/**
 * A text cut into lines of at most `width` terminal columns, each starting with `indent`: English
 * breaks at spaces, Chinese between any two characters; a word, path or parameter name (a run
 * without spaces or CJK) is never cut. ID numbers are masked first: one cut across two lines (at a
 * space inside it, or between full-width digits) would be masked on neither, line by line.
 */
export function wrapColumns(text: string, width: number, indent: string): string[] {
  return packColumns(keptTogether(maskIdCards(text).match(/[^\s\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]+|\s+|[\s\S]/gu) ?? []), width, indent);
}

/** A mark that closes (a bracket, a comma, a full stop): a line does not start with one. */
const CLOSING = new Set([...'>)]}）」』】》〉、，。；：！？,.;:!?%']);
/** A mark that opens (a bracket): a line does not end with one. */
const OPENING = new Set([...'<([{（「『【《〈']);

/**
 * Pieces with each closing mark joined to the piece before it and each opening mark to the piece
 * after it, as Chinese typesetting keeps them: a line never starts with ） or > (`‹新文件夹` on
 * one line, `>` alone on the next) nor ends with （.
 */
function keptTogether(pieces: readonly string[]): string[] {
  const out: string[] = [];
  let open = '';
  for (const piece of pieces) {
    const blank = /^\s+$/u.test(piece);
    const last = out.length - 1;
    if (open === '' && !blank && CLOSING.has(piece) && last >= 0 && !/^\s+$/u.test(out[last] ?? ' ')) out[last] += piece;
    else if (OPENING.has(piece)) open += piece;
    else if (open !== '' && blank) {
      out.push(open, piece);
      open = '';
    } else {
      out.push(open + piece);
      open = '';
    }
  }
  if (open !== '') out.push(open);
  return out;
}
