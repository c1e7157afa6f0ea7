// Builds dist/bundle/: the compiled CLI (dist/cli/main.js) and the entries of its two worker threads,
// the solver's (dist/solve/solver-worker.js) and the workbook compressor's
// (dist/output/xlsx/deflate-worker.js), as ES modules with our code and the packages in them, so that
// starting `rotate` reads a few files instead of about 300 (whole process, `rotate --version`:
// 0.55 s → 0.35 s on a 2-core machine). Modules loaded only when needed (the workbook reader,
// javascript-lp-solver) stay in chunks of their own, loaded as before. HiGHS stays outside: its
// loader finds highs.wasm next to itself in node_modules. bin/rotate.js runs the bundle when it is
// there, else dist/cli/main.js. Run by `npm run build` (after tsc), which prepare, test and bench run.
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'bundle');
rmSync(out, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: ['dist/cli/main.js', 'dist/solve/solver-worker.js', 'dist/output/xlsx/deflate-worker.js'],
  outdir: out,
  // All at dist/bundle/, one folder below dist/ like the compiled files: the paths the code takes
  // from import.meta.url (../../data/, ../../package.json, ./solver-worker.js, ./deflate-worker.js)
  // hold there too.
  entryNames: '[name]',
  chunkNames: 'chunk-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['highs'],
  // Packages written as CommonJS call require(); an ES module has none of its own.
  banner: { js: "import { createRequire as __rotateRequire } from 'node:module'; const require = __rotateRequire(import.meta.url);" },
  legalComments: 'linked',
  logLevel: 'warning',
});
