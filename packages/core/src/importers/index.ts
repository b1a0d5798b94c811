// `export *` throughout, never `export { x } from`: a bundler that follows `detectFormat` from
// the main entry (the agenda needs it at first paint) must not count the importers as reached,
// or esbuild puts them all in an app's first chunk instead of the lazily loaded one.
export * from './frab.js';
export * from './c3voc-v2.js';
export * from './pretalx.js';
export * from './detect.js';
export * from './preview.js';
export * from './codes.js';
export * from './sessionize.js';
export * from './report.js';
export * from './murmurations.js';
export * from './murmurations-export.js';
export type { MurmurationsSchema } from './murmurations-fields.js';
export type {
  ImportNote,
  ImportOptions,
  ImportResult,
  SessionizeOptions,
} from './import-report.js';
