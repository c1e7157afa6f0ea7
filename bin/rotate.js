#!/usr/bin/env node
// The bundle (scripts/bundle.mjs, made by `npm run build`) starts faster; the compiled files are the same program.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/bundle/main.js', import.meta.url);
await import(existsSync(bundle) ? bundle.href : '../dist/cli/main.js');
