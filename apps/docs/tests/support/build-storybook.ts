/**
 * Finds the static build the tests open, choosing the first that applies:
 *
 * 1. `GICS_DOCS_STATIC_DIR`, a build you name yourself;
 * 2. `storybook-static/`, the docs' own `build` output, when it is newer than everything it is
 *    built from. Under `npm test` turbo runs that `build` before this package's `test` (see
 *    `@gics/docs#test` in turbo.json), so the site is built once, not once more here;
 * 3. otherwise a fresh `storybook build` (the `build` script's command) into a temporary folder,
 *    deleted afterwards: `storybook-static/` is left as it was.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const docsRoot = fileURLToPath(new URL('../../', import.meta.url));
const localRequire = createRequire(import.meta.url);

/** The folder of an installed package (a workspace package resolves to its own folder). */
function packageDir(name: string): string {
  return path.dirname(localRequire.resolve(`${name}/package.json`));
}

/**
 * What the site is built from: the docs' sources, and what they import from the workspace
 * packages (their built `dist/` and the widgets' manifest). A changed lockfile (a new Storybook
 * or Vite) counts too.
 */
function buildInputs(): string[] {
  const widgets = packageDir('@gics/widgets');
  const core = packageDir('@gics/core');
  return [
    ...['package.json', '.storybook', 'docs', 'stories', 'static'].map((entry) =>
      path.join(docsRoot, entry),
    ),
    path.join(docsRoot, '../../package-lock.json'),
    path.join(widgets, 'package.json'),
    path.join(widgets, 'custom-elements.json'),
    path.join(widgets, 'dist'),
    path.join(core, 'package.json'),
    path.join(core, 'dist'),
  ];
}

/** The latest modification time of a file, or of any file in a folder (0 if it is missing). */
async function latestChange(entry: string): Promise<number> {
  const info = await stat(entry).catch(() => undefined);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  let latest = info.mtimeMs;
  for (const file of await readdir(entry, { recursive: true, withFileTypes: true })) {
    if (!file.isFile()) continue;
    const { mtimeMs } = await stat(path.join(file.parentPath, file.name));
    if (mtimeMs > latest) latest = mtimeMs;
  }
  return latest;
}

/**
 * `storybook-static/` when a build is there and nothing it is built from changed since; the
 * oldest of the files the tests read stands for the time the build finished.
 */
async function upToDateBuild(): Promise<string | undefined> {
  const dir = path.join(docsRoot, 'storybook-static');
  const outputs = await Promise.all(
    ['index.html', 'iframe.html', 'index.json'].map((file) =>
      stat(path.join(dir, file)).catch(() => undefined),
    ),
  );
  if (outputs.some((output) => !output)) return undefined;
  const built = Math.min(...outputs.map((output) => output!.mtimeMs));
  const changes = await Promise.all(buildInputs().map(latestChange));
  return Math.max(...changes) <= built ? dir : undefined;
}

async function storybookBin(): Promise<string> {
  const manifest = localRequire.resolve('storybook/package.json');
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
  /** How the folder was found: named, reused, or built by this run. */
  origin: 'GICS_DOCS_STATIC_DIR' | 'storybook-static' | 'built';
}

export async function buildStorybook(): Promise<StaticBuild> {
  const keep = async () => {};
  const existing = process.env.GICS_DOCS_STATIC_DIR;
  if (existing) {
    return { dir: path.resolve(existing), remove: keep, origin: 'GICS_DOCS_STATIC_DIR' };
  }
  const reusable = await upToDateBuild();
  if (reusable) return { dir: reusable, remove: keep, origin: 'storybook-static' };
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
  return { dir: outDir, remove, origin: 'built' };
}
