/**
 * What every module of the CDN build is built with (the element modules, the Lit chunk, the
 * load worker, the hydration support): browser ES2022 with Lit's production mode, minified ES
 * modules with their source maps.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildOptions } from 'rolldown';

/** The widgets package's folder, where the builds run. */
export const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const cdnInput: BuildOptions = {
  cwd: packageDir,
  platform: 'browser',
  tsconfig: 'tsconfig.json',
  transform: { target: 'es2022', define: { 'process.env.NODE_ENV': '"production"' } },
  logLevel: 'warn',
};

export const cdnOutput = { format: 'es', minify: true, sourcemap: true, comments: false } as const;
