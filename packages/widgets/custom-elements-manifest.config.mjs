export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts', 'src/**/testing/**'],
  outdir: '.',
  litelement: true,
};
