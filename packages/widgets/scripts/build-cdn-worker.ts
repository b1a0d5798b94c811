/**
 * The agenda's load worker in the CDN build (`dist/cdn/load-worker.js`), and the check that
 * each build puts its worker where the module starting it looks.
 *
 * The module that starts the worker (`src/agenda/load-worker-client.ts`) asks for it at
 * `new URL('./load-worker.js', import.meta.url)`. In the CDN build that module is part of
 * `agenda.js`, so the worker sits beside it; in the npm build (tsup) it is part of a chunk at
 * the top of `dist/`, where tsup writes the `load-worker` entry. The worker is fetched only by
 * pages whose agenda loads a `src`, never in a first load.
 *
 * The worker's own module is small, so that its fetch of the feed starts at once: the
 * importers and the problems' sentences are chunks of their own
 * (`chunks/agenda-worker-<name>-<hash>.js`), fetched while the feed arrives, and only for the
 * feeds that need them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'rolldown';
import { cdnInput, cdnOutput } from './cdn-options.js';
import { preloadChunks } from './preload-chunks.js';

const WORKER_FILE = 'load-worker.js';
/** `'./load-worker.js'` as a module's own address for the worker (not `'../load-worker.js'`). */
const ASKS_FOR_WORKER = /[`'"]\.\/load-worker\.js[`'"]/;

/** Builds the load worker into `outDir` (the CDN build's folder), then checks both builds. */
export async function buildCdnWorker(packageDir: string, outDir: string): Promise<void> {
  await build({
    ...cdnInput,
    input: { 'load-worker': 'src/agenda/load-worker.ts' },
    plugins: [preloadChunks()],
    output: {
      ...cdnOutput,
      dir: outDir,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/agenda-worker-[name]-[hash].js',
    },
  });
  checkWorkerPlace(outDir);
  // The npm build, whose `cdn/` folder is the CDN build just checked.
  checkWorkerPlace(
    path.join(packageDir, 'dist'),
    path.relative(path.join(packageDir, 'dist'), outDir),
  );
}

/**
 * Fails the build when a module of `folder` (its chunks included, its `other` build left out)
 * asks for the worker from a folder that does not have it, or when no module asks for it.
 */
function checkWorkerPlace(folder: string, other?: string): void {
  const askers = readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.js') && path.basename(file) !== WORKER_FILE)
    .filter((file) => !other || !file.startsWith(other + path.sep))
    .filter((file) => ASKS_FOR_WORKER.test(readFileSync(path.join(folder, file), 'utf8')));
  if (askers.length === 0) {
    throw new Error(`No module of ${folder} starts the load worker: was it renamed?`);
  }
  const misplaced = askers.filter((file) => path.dirname(file) !== '.');
  if (misplaced.length > 0 || !readdirSync(folder).includes(WORKER_FILE)) {
    throw new Error(
      `${misplaced.join(', ') || folder} asks for ./${WORKER_FILE}, which is not beside it.`,
    );
  }
}
