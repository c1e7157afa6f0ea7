import type { SweepAxis, SweepRow } from '../review/sweep-points.js';

/** A point as typed on the command line: `weights.moves=4`, two parameters side by side. */
const pointText = (axes: readonly SweepAxis[], r: SweepRow): string => axes.map((a) => `${a.key}=${r.point[a.key] ?? ''}`).join(' ');

/**
 * What the table alone does not show: the points whose plans are the same (the same teachers to
 * the same schools), a line per group of two or more, so that a clerk sees the range of values
 * over which the swept parameter changes nothing; then how to write the plan of the point chosen,
 * since a sweep writes no plan folder.
 */
export function samePlanLines(axes: readonly SweepAxis[], rows: readonly SweepRow[]): string[] {
  const groups = new Map<string, SweepRow[]>();
  for (const r of rows) {
    if (r.status !== 'planned' || r.movesKey === undefined) continue;
    groups.set(r.movesKey, [...(groups.get(r.movesKey) ?? []), r]);
  }
  const same = [...groups.values()].filter((g) => g.length > 1);
  const sets = axes.map((a) => `--set ${a.key}=…`).join(' ');
  return [
    ...same.map((g) => {
      // One parameter: its name once (weights.moves=1、2、4); two: each point whole.
      const [only] = axes;
      const points = axes.length === 1 && only ? `${only.key}=${g.map((r) => r.point[only.key] ?? '').join('、')}` : g.map((r) => pointText(axes, r)).join('、');
      return `同一方案 / the same plan: ${points}（同样的人调往同样的学校, 在这些取值之间改变参数不改变方案 / the same teachers to the same schools: between these values the parameter changes no move）`;
    }),
    `sweep 不写方案文件夹; 选定一点后用 rotate plan <同样的文件和参数> ${sets} -o <新文件夹> 写出该点的方案, 再用 rotate diff 与现有方案比较 / sweep writes no plan folder: write the plan of the point chosen with rotate plan <the same files and options> ${sets} -o <a new folder>, then rotate diff it against the current plan`,
  ];
}
