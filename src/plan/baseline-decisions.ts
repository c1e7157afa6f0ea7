/**
 * The decision files a baseline plan was made with. In the 公示 cycle each round's plan is the next
 * round's baseline; the locks files and objections files among its inputs (its summary.json records
 * each with its SHA-256) were locks in that round. Left out of the next round, their decisions are
 * locks no more: the baseline term keeps them only where that pays, which nothing guarantees. Each
 * such file is named in a warning.
 */
import type { InputIssue } from '../domain/types.js';

/** An input file as a plan's summary.json records it. */
export interface RecordedInput {
  kind: string;
  file: string;
  sha256: string;
}

/** An input file of this run: its base name and the SHA-256 of its bytes. */
export interface GivenInput {
  name: string;
  sha256: string;
}

/** The kinds of input whose rows are decisions applied as locks. */
const DECISION_KINDS: ReadonlySet<string> = new Set(['locks', 'objections']);

/**
 * The decision files (locks, objections) among a baseline's recorded inputs that this run was not
 * given. A file counts as given when one of this run's inputs has its content (by SHA-256, where
 * recorded, under any name) or its name (an updated version of it: the clerk's new decisions).
 */
export function droppedDecisionFiles(recorded: readonly RecordedInput[], given: readonly GivenInput[]): RecordedInput[] {
  const hashes = new Set(given.map((g) => g.sha256));
  const names = new Set(given.map((g) => g.name));
  return recorded.filter((r) => DECISION_KINDS.has(r.kind) && !(r.sha256 !== '' && hashes.has(r.sha256)) && !names.has(r.file));
}

/** One warning per dropped decision file, `baseline` being the baseline as the user gave it (for the message). */
export function droppedDecisionWarnings(baseline: string, dropped: readonly RecordedInput[]): InputIssue[] {
  return dropped.map((f) =>
    f.kind === 'objections'
      ? {
          file: f.file,
          zh: `基准方案 ${baseline} 的输入中有此异议表, 本次未给出: 其中同意的异议（留任、禁止、调往）在本次不是锁定, 只由基准方案的权重（weights.baseline）在值得时保持, 不能保证; 要让这些处理决定仍然有效, 请再次给出此文件（可与新的异议表一起给出）`,
          en: `an objections file among the inputs of the baseline ${baseline}, not given in this run: its upheld decisions (stay, forbid, move) are not locks in this run, kept only where the baseline term (weights.baseline) pays, which nothing guarantees; to keep them binding, give the file again (beside the new objections file)`,
        }
      : {
          file: f.file,
          zh: `基准方案 ${baseline} 的输入中有此锁定表, 本次未给出: 其中的锁定（留任、调往、禁止）在本次不是锁定, 只由基准方案的权重（weights.baseline）在值得时保持, 不能保证; 要让它们仍然有效, 请再次给出此文件（--locks）`,
          en: `a locks file among the inputs of the baseline ${baseline}, not given in this run: its locks (stay, move, forbid) are not locks in this run, kept only where the baseline term (weights.baseline) pays, which nothing guarantees; to keep them binding, give the file again (--locks)`,
        },
  );
}
