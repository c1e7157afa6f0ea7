/**
 * The CLI's standard output and error, guarded. Every line goes through {@link safeLine} (no
 * ID number, no control character that could forge a line). A stream that fails — a full
 * device (ENOSPC), a reader that went away (EPIPE: `rotate … | head`), a closed descriptor —
 * ends the run with the environment's exit code and one line on standard error, never a stack
 * trace; when the command's files were already written, that line says so (the exit code alone
 * would read as "nothing written").
 */
import { writeSync } from 'node:fs';
import { environmentLine, EXIT_ENVIRONMENT, type Written } from '../env-error.js';
import { safeLine } from '../safe/show-path.js';

/** The guarded streams of one process. */
export interface StdStreams {
  out: (lines: string[]) => void;
  err: (lines: string[]) => void;
  /** Records what the command wrote (a plan folder, lists, a roster, a county, a CSV): a later failure of the streams says so. */
  wrote: (written: Written) => void;
}

/** Installs the error handlers on process.stdout and process.stderr and returns the writers. */
export function guardStreams(): StdStreams {
  let written: Written | undefined;
  let outBroken = false;
  let errBroken = false;
  const failOut = (e: unknown): void => {
    if (outBroken) return;
    outBroken = true;
    process.exitCode = EXIT_ENVIRONMENT;
    if (errBroken) return;
    try {
      writeSync(2, `${environmentLine(e, written)}\n`);
    } catch {
      errBroken = true;
    }
  };
  const failErr = (): void => {
    errBroken = true;
    process.exitCode = EXIT_ENVIRONMENT;
  };
  process.stdout.on('error', failOut);
  process.stderr.on('error', failErr);
  const text = (lines: string[]): string => `${lines.map(safeLine).join('\n')}\n`;
  return {
    out: (lines) => {
      if (outBroken) return;
      try {
        process.stdout.write(text(lines));
      } catch (e) {
        failOut(e);
      }
    },
    err: (lines) => {
      if (errBroken) return;
      try {
        process.stderr.write(text(lines));
      } catch {
        failErr();
      }
    },
    wrote: (w) => {
      written = w;
    },
  };
}
