/**
 * Runs `storybook build` into a fresh temporary folder, the same command as the docs' `build`
 * script, and returns that folder. Set `GICS_DOCS_STATIC_DIR` to test a build you already have
 * (for instance `storybook-static` after `npm run build`) instead.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const docsRoot = fileURLToPath(new URL('../../', import.meta.url));

async function storybookBin(): Promise<string> {
  const manifest = createRequire(import.meta.url).resolve('storybook/package.json');
  const { bin } = JSON.parse(await readFile(manifest, 'utf8')) as {
    bin: string | Record<string, string>;
  };
  const relative = typeof bin === 'string' ? bin : bin.storybook!;
  return path.join(path.dirname(manifest), relative);
}

export interface StaticBuild {
  /** The folder holding `index.html`, `iframe.html`, `index.json`… */
  dir: string;
  /** Deletes the folder if this run built it. */
  remove(): Promise<void>;
}

export async function buildStorybook(): Promise<StaticBuild> {
  const existing = process.env.GICS_DOCS_STATIC_DIR;
  if (existing) return { dir: path.resolve(existing), remove: async () => {} };
  const tempDir = await mkdtemp(path.join(tmpdir(), 'gics-docs-'));
  const outDir = path.join(tempDir, 'storybook-static');
  // A clean environment: no Vitest variables, and a production build as `npm run build` makes.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'TEST'),
  );
  const child = spawn(
    process.execPath,
    [await storybookBin(), 'build', '--quiet', '--output-dir', outDir],
    { cwd: docsRoot, env: { ...env, NODE_ENV: 'production', CI: 'true' }, stdio: 'pipe' },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  const remove = () => rm(tempDir, { recursive: true, force: true });
  if (code !== 0) {
    await remove();
    throw new Error(`storybook build failed (exit ${code}):\n${output.slice(-4000)}`);
  }
  return { dir: outDir, remove };
}
