import { readdirSync } from 'node:fs';
import { it } from 'vitest';
import { loadCounty } from '../../src/schema/load-county.js';
import { formatIssues } from '../../src/schema/format-issue.js';
it('data', async () => {
  const files = readdirSync('data').filter((f) => f.endsWith('.csv')).map((f) => `data/${f}`);
  const r = await loadCounty(files);
  console.log(files, r.ok ? `ok ${r.value.schools.length} schools ${r.value.teachers.length} teachers ${r.value.files.map((f) => f.encoding + '/' + f.lang).join(' ')}` : formatIssues(r.issues).slice(0, 20).join('\n'));
});
