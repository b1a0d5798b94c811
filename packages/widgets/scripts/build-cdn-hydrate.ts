/**
 * The hydration support of the CDN build (`dist/cdn/hydrate-support.js`): Lit's
 * `lit-element-hydrate-support`, which must run before LitElement's module is evaluated so that
 * elements pre-rendered on a server (`@gics/widgets/ssr`) take over their HTML in place.
 *
 * The autoloader (`gics.js`) imports it before any element module, and only on pages that
 * hold a pre-rendered element (one with a declarative shadow root before its tag is defined):
 * it is never in the first load of other pages. It cannot share the Lit chunk, which holds
 * LitElement and would be evaluated with it, so it carries the part of lit-html it needs; the
 * templates of the elements, plain objects, work with either copy.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { build } from 'rolldown';
import { cdnInput, cdnOutput } from './cdn-options.js';

/** The file the autoloader imports, beside it. */
export const HYDRATE_SUPPORT_FILE = 'hydrate-support.js';

/** Builds the hydration support into `outDir` (the CDN build's folder); returns its size in bytes. */
export async function buildCdnHydrateSupport(outDir: string): Promise<number> {
  await build({
    ...cdnInput,
    input: { 'hydrate-support': 'src/ssr/hydrate-support.ts' },
    // The module is there for what it does: installing hydration before Lit.
    treeshake: { moduleSideEffects: true },
    output: {
      ...cdnOutput,
      dir: outDir,
      entryFileNames: '[name].js',
    },
  });
  return statSync(path.join(outDir, HYDRATE_SUPPORT_FILE)).size;
}
