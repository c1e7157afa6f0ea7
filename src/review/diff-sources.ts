import type { ParamSpec } from '../domain/param-spec.js';
import { PARAMETERS } from '../domain/parameters.js';
import { comparableText } from '../domain/policy-value.js';
import type { Summary } from '../plan-folder/summary-file.js';

/** A parameter whose value differs between the two plans, as summary.json records it ('' where a plan has none). */
export interface ParamChange {
  name: string;
  a: string;
  b: string;
}

/**
 * An input file that is not the same in the two plans, by its name (summary.json's `file`):
 * only in B (`added`), only in A (`removed`), or in both with another SHA-256 (`changed`).
 * `a` and `b` are the SHA-256 ('' where the plan has no such file).
 */
export interface InputChange {
  file: string;
  kind: string;
  change: 'added' | 'removed' | 'changed';
  a: string;
  b: string;
}

/** What the two plans were made from, where it differs: every parameter, and every input file. */
export interface SourceDiff {
  params: ParamChange[];
  inputs: InputChange[];
}

const NUMBER = /^-?\d+(\.\d+)?$/;
/** `1` and `1.0` are one value: a parameter differs only when its text and, for numbers, its number do. */
const sameValue = (a: string, b: string): boolean => a === b || (NUMBER.test(a) && NUMBER.test(b) && Number(a) === Number(b));

const SPECS = new Map<string, ParamSpec>(PARAMETERS.map((p) => [p.name, p]));

/**
 * A parameter's value as two plans are compared by it: one typed `15%` and one `0.15` are one
 * share, `是` and `yes` one answer (summary.json keeps each as typed); a parameter this version
 * does not know (an older plan's) as recorded.
 */
function comparable(name: string, recorded: string | undefined): string {
  const spec = SPECS.get(name);
  return recorded === undefined ? '' : spec ? comparableText(spec, recorded) : recorded;
}

/** The parameters that differ, by name. */
function paramChanges(a: Summary, b: Summary): ParamChange[] {
  const names = [...new Set([...Object.keys(a.policy), ...Object.keys(b.policy)])].sort();
  return names.map((name) => ({ name, a: comparable(name, a.policy[name]), b: comparable(name, b.policy[name]) })).filter((p) => !sameValue(p.a, p.b));
}

/** A plan's inputs by file name: the kind and the SHA-256 (several, space-separated and sorted, if two inputs share a name). */
function inputsByName(s: Summary): Map<string, { kind: string; sha: string }> {
  const out = new Map<string, { kind: string; sha: string[] }>();
  for (const f of s.inputs) {
    const e = out.get(f.file) ?? { kind: f.kind, sha: [] };
    e.sha.push(f.sha256);
    out.set(f.file, e);
  }
  return new Map([...out].map(([file, e]) => [file, { kind: e.kind, sha: e.sha.sort().join(' ') }]));
}

/** The input files added, removed or changed, by name. */
function inputChanges(a: Summary, b: Summary): InputChange[] {
  const fa = inputsByName(a);
  const fb = inputsByName(b);
  const out: InputChange[] = [];
  for (const file of [...new Set([...fa.keys(), ...fb.keys()])].sort()) {
    const x = fa.get(file);
    const y = fb.get(file);
    const change = !x ? 'added' : !y ? 'removed' : x.sha !== y.sha ? 'changed' : null;
    if (change) out.push({ file, kind: y?.kind ?? x?.kind ?? '', change, a: x?.sha ?? '', b: y?.sha ?? '' });
  }
  return out;
}

/** How the two plans' parameters and input files differ, from their summary.json. */
export function diffSources(a: Summary, b: Summary): SourceDiff {
  return { params: paramChanges(a, b), inputs: inputChanges(a, b) };
}

/** The weights (`weights.*`) among the parameters that differ: when any does, the objective terms are priced differently. */
export const weightChanges = (params: readonly ParamChange[]): ParamChange[] => params.filter((p) => p.name.startsWith('weights.'));
