#!/usr/bin/env node
/**
 * The `gics` bin that npm links. It stays in git so the link exists as soon as `npm install`
 * has run, before anything is built: npm links a bin only when its file is there at install
 * time, and `dist/` is made later by `npm run build`. It loads the built CLI, or, in a clone
 * where nothing is built yet, says how to build it (exit 2, like any missing input).
 */
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli/gics.js', import.meta.url);

if (existsSync(cli)) {
  await import(cli.href);
} else {
  const args = process.argv.slice(2);
  const index = args.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const lang = index === -1 ? 'en' : (args[index].split('=')[1] ?? args[index + 1]);
  process.stderr.write(
    lang === 'fr'
      ? 'gics n’est pas encore construit\u00a0: lancez «\u202fnpm run build\u202f» à la racine du dépôt, puis relancez gics.\n'
      : 'gics is not built yet: run "npm run build" at the root of the repository, then run gics again.\n',
  );
  process.exitCode = 2;
}
