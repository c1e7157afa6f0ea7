import type { InputIssue } from '../domain/types.js';
import { readSampleCounty } from '../input/sample-files.js';
import { policyFileCsv } from '../output/policy-file.js';
import { writeNewFiles } from '../output/write-new-files.js';
import { planFolderAround } from '../output/side-output.js';
import { showPath } from '../safe/show-path.js';

export type InitOutcome = { kind: 'written'; files: string[] } | { kind: 'bad-input'; issues: InputIssue[] };

/** The policy file `rotate init` writes next to the sample county. */
export const POLICY_FILE = '参数.csv';

/**
 * `rotate init DIR`: the sample county (the package's data/*.csv) and a policy file with every
 * parameter, its default and what it means. Existing files are never overwritten.
 */
export async function runInit(dir: string, tag: string): Promise<InitOutcome> {
  const plan = await planFolderAround(dir);
  if (plan !== null) return { kind: 'bad-input', issues: [{ file: showPath(dir), zh: `在方案文件夹 ${showPath(plan)} 中, 未写入任何文件; 请换一个文件夹`, en: `is inside the plan folder ${showPath(plan)}; nothing was written: choose another folder` }] };
  const sample = await readSampleCounty();
  const files = [...sample.map((f) => ({ name: f.name, content: f.bytes })), { name: POLICY_FILE, content: policyFileCsv() }];
  const r = await writeNewFiles(dir, files, tag);
  if (r.ok) return { kind: 'written', files: r.paths };
  return { kind: 'bad-input', issues: r.existing.map((file) => ({ file: showPath(file), zh: '文件已存在, 未写入任何文件; 请换一个文件夹', en: 'the file exists; nothing was written: choose another folder' })) };
}
