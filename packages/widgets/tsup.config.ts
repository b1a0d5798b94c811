import { readdirSync } from 'node:fs';
import { defineConfig } from 'tsup';
import { minifyLitTemplates } from '../../tooling/minify-literals.js';

/** `define/<tag>` → `src/define/<tag>.ts`, one entry per element. */
const defineEntries = Object.fromEntries(
  readdirSync('src/define')
    .filter((file) => file.endsWith('.ts'))
    .map((file) => [`define/${file.slice(0, -3)}`, `src/define/${file}`]),
);

export default defineConfig({
  // `react.ts` and `vue.ts` hold only types (JSX and template typings); their empty `.js` is
  // published too so that a plain `import '@gics/widgets/react'` never breaks an app's build.
  // The agenda's load worker is `dist/load-worker.js`, beside the chunks, which are at the top
  // of `dist/` too: the chunk that starts it finds it at `new URL('./load-worker.js',
  // import.meta.url)`, and an app's bundler, reading that, ships it.
  entry: {
    index: 'src/index.ts',
    all: 'src/all.ts',
    ...defineEntries,
    react: 'src/react.ts',
    vue: 'src/vue.ts',
    'load-worker': 'src/agenda/load-worker.ts',
    // Server-side rendering (Node), and the hydration support a browser loads before Lit.
    'ssr/index': 'src/ssr/index.ts',
    'ssr/hydrate-support': 'src/ssr/hydrate-support.ts',
  },
  format: ['esm'],
  target: 'es2022',
  platform: 'browser',
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  sourcemap: true,
  clean: true,
  treeshake: true,
  splitting: true,
  // Lit templates and styles reach apps with their white space and comments already gone:
  // app bundlers minify JavaScript but not the text of template literals.
  esbuildPlugins: [minifyLitTemplates()],
  // Lit and @gics/core stay peer-resolvable imports so an app bundles one copy of each. React's
  // and Vue's types stay imports too, or the `.d.ts` build would copy them into `react.d.ts`.
  external: ['lit', /^lit\//, '@gics/core', 'react', 'vue'],
});
