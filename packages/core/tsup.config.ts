import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

/** Test support (tests, `testing/` folders…), kept out of the build as out of the widgets' manifest. */
const testSupport = (
  JSON.parse(readFileSync(new URL('../../tooling/test-support.json', import.meta.url), 'utf8')) as {
    globs: string[];
  }
).globs;

const dts = { compilerOptions: { ignoreDeprecations: '6.0' } };

export default defineConfig([
  {
    // Browser-safe code, one output file per source module (`bundle: false`): an app's bundler
    // then drops whole unused modules thanks to `"sideEffects": false`, exactly as from source.
    // Merged chunks defeated that: top-level schemas and tables of the importers, the calendar
    // and the newsletter stayed in every app that only wanted `parseSummit` (+0.9 KiB gzipped).
    // Types are still rolled up for the public entries only.
    entry: [
      'src/**/*.ts',
      ...testSupport.map((glob) => `!${glob}`),
      '!src/importers/fixtures/**',
      '!src/cli/**',
    ],
    format: ['esm'],
    target: 'es2022',
    platform: 'neutral',
    dts: {
      ...dts,
      entry: [
        'src/index.ts',
        'src/summit/index.ts',
        'src/summit/worded.ts',
        'src/summit/parse.ts',
        'src/agenda/index.ts',
        'src/agenda/search-text.ts',
        'src/agenda/filter-engine.ts',
        'src/newsletter/index.ts',
        'src/samples/montreal-2023.ts',
        'src/importers/index.ts',
        'src/importers/schedules.ts',
        'src/calendar/index.ts',
        'src/structured-data/index.ts',
        'src/community/index.ts',
        'src/samples/community.ts',
      ],
    },
    sourcemap: true,
    clean: true,
    bundle: false,
  },
  {
    // The `gics` bin, kept apart so no Node code can reach a browser bundle.
    entry: { 'cli/gics': 'src/cli/gics.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    sourcemap: true,
    clean: false,
    splitting: false,
  },
]);
