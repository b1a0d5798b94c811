import { defineConfig } from 'tsup';

/**
 * The CDN build: one self-contained, minified ES module per use, with Lit and @gics/core
 * inlined, for pages that load GICS Kit from a `<script type="module">` with no build step.
 * Runs after the npm build (see the `build` script) so its output survives that build's clean.
 *
 * - `dist/cdn/gics.js` defines every element;
 * - `dist/cdn/agenda.js` and `dist/cdn/newsletter-signup.js` define one widget each.
 */
export default defineConfig({
  entry: {
    gics: 'src/all.ts',
    agenda: 'src/define/gics-agenda.ts',
    'newsletter-signup': 'src/define/gics-newsletter-signup.ts',
  },
  outDir: 'dist/cdn',
  format: ['esm'],
  target: 'es2022',
  platform: 'browser',
  minify: true,
  sourcemap: true,
  clean: false,
  dts: false,
  splitting: false,
  treeshake: true,
  noExternal: [/.*/],
});
