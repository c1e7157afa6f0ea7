import { countEn } from '../domain/plural.js';
import type { Lang } from '../domain/types.js';
import type { Summary } from '../plan-folder/summary-file.js';
import { diffSources, type InputChange, type ParamChange } from '../review/diff-sources.js';

/** What an input file of the plan replaced was, against this run's, in the terminal's words. */
const INPUT_WORDS: Record<InputChange['change'], { zh: string; en: string }> = {
  changed: { zh: '内容已改', en: 'changed since' },
  added: { zh: '本次新增', en: 'new this run' },
  removed: { zh: '本次未给', en: 'not given this run' },
};

/** A `--set` as typed in a shell: quoted when the value holds anything a shell or cmd would split or read (`rules.scope=小学;初中`). */
const setArg = (p: ParamChange): string => {
  const arg = `${p.name}=${p.a}`;
  return /^[\w.%:=-]+$/u.test(arg) ? `--set ${arg}` : `--set "${arg}"`;
};

/** Whether the plan was made against a previous plan (--baseline): a --set alone does not make it again. */
const againstBaseline = (s: Summary): boolean => s.locks.against?.reference === 'baseline';

/** The parameters and input files that differ, in one language's words. */
function differenceIn(params: readonly ParamChange[], inputs: readonly InputChange[], zh: boolean): string {
  const paramText = params.map((p) => `${p.name} ${p.a === '' ? '—' : p.a} → ${p.b === '' ? '—' : p.b}`).join(zh ? '、' : ', ');
  const inputText = inputs.map((f) => (zh ? `${f.file}（${INPUT_WORDS[f.change].zh}）` : `${f.file} (${INPUT_WORDS[f.change].en})`)).join(zh ? '、' : ', ');
  return [params.length > 0 ? (zh ? `参数 ${paramText}` : `parameters ${paramText}`) : '', inputs.length > 0 ? (zh ? `输入文件 ${inputText}` : `input files ${inputText}`) : ''].filter(Boolean).join('; ');
}

/**
 * How the plan replaced was made otherwise than `now`, in both languages (`参数 weights.moves 1 → 3;
 * 输入文件 教师.csv（内容已改）`): the parameters and input files that differ, compared once;
 * undefined when none do.
 */
export function replacedDifference(previous: Summary, now: Summary): { zh: string; en: string; params: ParamChange[]; inputs: InputChange[] } | undefined {
  const { params, inputs } = diffSources(previous, now);
  if (params.length === 0 && inputs.length === 0) return undefined;
  return { zh: differenceIn(params, inputs, true), en: differenceIn(params, inputs, false), params, inputs };
}

/**
 * What the terminal says when a plan replaces the plan its output folder held: that one's moves
 * and how it was made otherwise (the parameters and input files that differ), and, where only
 * parameters (or the policy files giving them) differ, the `--set` options that write it again
 * to another folder for `rotate diff`. Nothing when the folder held no plan, or one made from the
 * same inputs and parameters (the same plan: nothing is lost).
 */
export function replacedPlanLines(previous: Summary | null, now: Summary, lang: Lang): string[] {
  const d = previous ? replacedDifference(previous, now) : undefined;
  if (!previous || d === undefined) return [];
  const { params, inputs } = d;
  const zh = lang === 'zh';
  const what = zh ? d.zh : d.en;
  const moved = previous.counts.moved;
  const lines = [zh ? `  替换了此文件夹中之前的方案（交流 ${moved} 人）, 与本次不同: ${what}` : `  replaced the plan this folder held (${countEn(moved, 'move')}), made otherwise: ${what}`];
  // Made again by --set alone only when every other input is the same file and neither plan kept to a baseline.
  const again = inputs.every((f) => f.kind === 'policy') && params.length > 0 && params.every((p) => p.a !== '') && !againstBaseline(previous) && !againstBaseline(now);
  const sets = params.map(setArg).join(' ');
  if (again) lines.push(zh ? `  要与之比较: rotate plan <同样的文件> ${sets} -o <另一文件夹> 重新写出它, 再用 rotate diff; 每次用不同的 -o 即保留每次的方案` : `  to compare with it: rotate plan <the same files> ${sets} -o <another folder> writes it again, then rotate diff; a different -o each run keeps every plan`);
  else lines.push(zh ? '  每次用不同的 -o 即保留每次的方案, 以便用 rotate diff 比较' : '  a different -o each run keeps every plan, to compare them with rotate diff');
  return lines;
}
