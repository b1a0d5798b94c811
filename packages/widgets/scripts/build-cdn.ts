/**
 * The CDN build: minified ES modules with Lit and @gics/core inlined, for pages that load GICS
 * Kit from a `<script type="module">` with no build step. Runs after the npm build (see the
 * `build` script), writing into `dist/cdn/`.
 *
 * - `gics.js` defines every element; `agenda.js` and `newsletter-signup.js` one widget each.
 *   Each is one self-contained file: everything a first paint needs, and nothing it does not.
 * - `chunks/` holds what only some visits need, each a self-contained module too: the pretalx,
 *   frab and Sessionize importers, the calendar export and the detail dialog, the grid and "my
 *   agenda" views, the sentences of data problems, and one file per newsletter provider. An
 *   entry imports them on demand from `./chunks/` next to itself.
 *
 * Why not esbuild's code splitting: the chunks share code with the entries (parsing, Lit
 * helpers), and splitting moves that shared code into extra files every first paint then has to
 * fetch. Here the on-demand modules carry their own copy of what they share instead, which only
 * the visits that load them pay for; what would be a large copy (Lit's `html`, the agenda's card
 * renderer) the entry hands them at run time.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { minifyLitTemplates } from '../../../tooling/minify-literals.js';

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(packageDir, 'dist', 'cdn');

/** Modules loaded with `import()`, by the name of their file in `chunks/`. */
const ON_DEMAND: Record<string, string> = {
  importers: 'src/agenda/importers.ts',
  'agenda-on-demand': 'src/agenda/on-demand.ts',
  'agenda-views': 'src/agenda/on-demand-views.ts',
  'problem-words': 'src/agenda/problem-words.ts',
  'provider-json': 'src/newsletter/providers/json.ts',
  'provider-form': 'src/newsletter/providers/form.ts',
  'provider-listmonk': 'src/newsletter/providers/listmonk.ts',
  'provider-mailchimp': 'src/newsletter/providers/mailchimp.ts',
};
const chunkBySource = new Map(
  Object.entries(ON_DEMAND).map(([name, source]) => [
    path.join(packageDir, source).replace(/\.ts$/, ''),
    name,
  ]),
);

/** Points each `import()` of an on-demand module at its file in `chunks/`. */
const onDemandChunks: Plugin = {
  name: 'gics-on-demand-chunks',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /.*/ }, (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      const source = path.resolve(args.resolveDir, args.path).replace(/\.[jt]s$/, '');
      const name = chunkBySource.get(source);
      if (!name) {
        return { errors: [{ text: `${args.path} is loaded on demand but has no CDN chunk` }] };
      }
      return { path: `./chunks/${name}.js`, external: true };
    });
  },
};

const shared: BuildOptions = {
  absWorkingDir: packageDir,
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  sourcemap: true,
  legalComments: 'none',
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
  plugins: [minifyLitTemplates(), onDemandChunks],
};

rmSync(outDir, { recursive: true, force: true });
await build({
  ...shared,
  entryPoints: {
    gics: 'src/all.ts',
    agenda: 'src/define/gics-agenda.ts',
    'newsletter-signup': 'src/define/gics-newsletter-signup.ts',
  },
  outdir: outDir,
});
await build({
  ...shared,
  entryPoints: ON_DEMAND,
  outdir: path.join(outDir, 'chunks'),
});
