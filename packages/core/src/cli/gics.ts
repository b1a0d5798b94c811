#!/usr/bin/env node
/** The `gics` bin. All behaviour lives in `run.ts`; this only binds it to the process. */
import { runGics } from './run.js';

process.exitCode = await runGics(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
