import { defineConfig } from 'tsup';
import { minifyLitTemplates } from '../../tooling/minify-literals.js';

export default defineConfig({
  // `react.ts` and `vue.ts` hold only types (JSX and template typings); their empty `.js` is
  // published too so that a plain `import '@gics/widgets/react'` never breaks an app's build.
  entry: ['src/index.ts', 'src/all.ts', 'src/define/*.ts', 'src/react.ts', 'src/vue.ts'],
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
