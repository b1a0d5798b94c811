import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/all.ts', 'src/define/*.ts'],
  format: ['esm'],
  target: 'es2022',
  platform: 'browser',
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  sourcemap: true,
  clean: true,
  treeshake: true,
  splitting: true,
  // Lit and @gics/core stay peer-resolvable imports so an app bundles one copy of each.
  external: ['lit', /^lit\//, '@gics/core'],
});
