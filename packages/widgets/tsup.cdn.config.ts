import { defineConfig, type Options } from 'tsup';
import { minifyLitTemplates } from '../../tooling/minify-literals.js';

/**
 * The CDN build: minified ES modules with Lit and @gics/core inlined, for pages that load
 * GICS Kit from a `<script type="module">` with no build step. Runs after the npm build (see
 * the `build` script) so its output survives that build's clean.
 *
 * - `dist/cdn/gics.js` defines every element;
 * - `dist/cdn/agenda.js` and `dist/cdn/newsletter-signup.js` define one widget each.
 *
 * Each entry is built on its own, so everything its first paint needs is in that one file, with
 * no chunk shared with the other entries. What only some visits need (the pretalx, frab and
 * Sessionize importers, the calendar export) is split into `dist/cdn/chunks/`, which the entry
 * imports on demand from next to itself.
 */
const cdnEntry = (name: string, source: string): Options => ({
  entry: { [name]: source },
  outDir: 'dist/cdn',
  format: ['esm'],
  target: 'es2022',
  platform: 'browser',
  minify: true,
  sourcemap: true,
  clean: false,
  dts: false,
  splitting: true,
  treeshake: true,
  noExternal: [/.*/],
  esbuildPlugins: [minifyLitTemplates()],
  esbuildOptions(options) {
    options.chunkNames = 'chunks/[name]-[hash]';
  },
});

export default defineConfig([
  cdnEntry('gics', 'src/all.ts'),
  cdnEntry('agenda', 'src/define/gics-agenda.ts'),
  cdnEntry('newsletter-signup', 'src/define/gics-newsletter-signup.ts'),
]);
