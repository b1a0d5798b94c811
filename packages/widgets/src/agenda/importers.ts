/**
 * The schedule importers, loaded on demand by `load.ts` (a dynamic `import()`) only when `src`
 * is a pretalx, frab or Sessionize feed, so a GICS summit never pays for them. Taken from the
 * core's `@gics/core/importers` subpath, which an app's bundler splits into its own chunk.
 */
export { fromFrab, fromPretalx, fromSessionize } from '@gics/core/importers';
