/**
 * Greedy label placement for the map: each label, in order of importance, takes the first spot
 * around its point (above, below, right, left) whose box — at the estimated text width, padded —
 * stays inside the picture and clear of every label already placed. A label with no free spot is
 * left out (the caller lists it elsewhere), so that no two labels ever overlap.
 */
import { textPx } from './text-width.js';

export interface LabelWish {
  key: string;
  text: string;
  /** The point the label names, in SVG user units. */
  x: number;
  y: number;
  /** `around` (default) sets the label beside its point; `on` centres it on the point, or just above or below. */
  at?: 'around' | 'on';
  /** Font size of this label, when not the one passed to {@link placeLabels}. */
  fontPx?: number;
}

export interface PlacedLabel {
  key: string;
  text: string;
  /** Baseline start of the text (text-anchor start). */
  x: number;
  y: number;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Places `wishes` (most important first) at `defaultFontPx` (unless a wish names its own size) inside `width` × `height`; returns the
 * placed labels and the keys of those left out.
 */
export function placeLabels(wishes: readonly LabelWish[], defaultFontPx: number, width: number, height: number): { placed: PlacedLabel[]; dropped: string[] } {
  const pad = 2;
  const taken: Box[] = [];
  const placed: PlacedLabel[] = [];
  const dropped: string[] = [];
  for (const w of wishes) {
    const fontPx = w.fontPx ?? defaultFontPx;
    // A CJK font's line box is about 1.45 em tall: 1.16 em above the baseline, 0.29 em below.
    const above = fontPx * 1.2;
    const below = fontPx * 0.35;
    const tw = textPx(w.text, fontPx);
    const middle = w.y + fontPx * 0.4;
    const spots: [number, number][] = w.at === 'on' ? [[w.x - tw / 2, middle], [w.x - tw / 2, middle - above], [w.x - tw / 2, middle + above]] : [
      [w.x - tw / 2, w.y - 7],
      [w.x - tw / 2, w.y + 7 + above],
      [w.x + 7, middle],
      [w.x - 7 - tw, middle],
      [w.x - tw / 2, w.y - 7 - above],
      [w.x - tw / 2, w.y + 7 + 2 * above],
    ];
    let done = false;
    for (const [x, y] of spots) {
      const box = { x0: x - pad, y0: y - above - pad, x1: x + tw + pad, y1: y + below + pad };
      if (box.x0 < 0 || box.y0 < 0 || box.x1 > width || box.y1 > height) continue;
      if (taken.some((t) => overlaps(t, box))) continue;
      taken.push(box);
      placed.push({ key: w.key, text: w.text, x, y });
      done = true;
      break;
    }
    if (!done) dropped.push(w.key);
  }
  return { placed, dropped };
}
