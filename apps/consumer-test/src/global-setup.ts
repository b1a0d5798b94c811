/**
 * Packs @gics/core and @gics/widgets once for every consumer test, the way `npm publish` would,
 * into a temporary folder outside the workspace (so nothing there can resolve a workspace
 * package by accident), and removes that folder at the end.
 *
 * The packages must be built first; `npm test` (turbo) builds them before this task.
 * `GICS_KEEP_CONSUMER_TEST=1` keeps the folder to look into after a failure.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { run } from './run.js';

declare module 'vitest' {
  export interface ProvidedContext {
    consumer: {
      /** The temporary folder every consumer test works in. */
      workDir: string;
      coreTarball: string;
      widgetsTarball: string;
      /** The widgets tarball unpacked: the `package/` folder as published. */
      widgetsPackage: string;
    };
  }
}

const require = createRequire(import.meta.url);

/** Files each package must ship, checked in the folder and again in the tarball. */
const CORE_FILES = ['dist/index.js', 'dist/index.d.ts', 'dist/samples/montreal-2023.js'];
const WIDGETS_FILES = [
  'dist/index.js',
  'dist/index.d.ts',
  'dist/define/gics-agenda.js',
  'dist/define/gics-newsletter-signup.js',
  'dist/react.d.ts',
  'dist/vue.d.ts',
  'dist/cdn/gics.js',
  'dist/cdn/agenda.js',
  'custom-elements.json',
];

function packageDir(name: string, builtFiles: string[]): string {
  const dir = path.dirname(require.resolve(`${name}/package.json`));
  const missing = builtFiles.filter((file) => !existsSync(path.join(dir, file)));
  if (missing.length > 0) {
    throw new Error(
      `${name} is not built (missing ${missing.join(', ')}). Run \`npx turbo run build --filter=${name}\` first, or run this test through \`npm test\`.`,
    );
  }
  return dir;
}

/** Packs `dir` and checks the tarball holds `builtFiles` (paths inside the package). */
async function pack(dir: string, destination: string, builtFiles: string[]): Promise<string> {
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', destination], {
    cwd: dir,
    what: `npm pack in ${dir}`,
  });
  const [packed] = JSON.parse(stdout) as Array<{
    filename: string;
    files: Array<{ path: string }>;
  }>;
  if (!packed) throw new Error(`npm pack in ${dir} printed no tarball:\n${stdout}`);
  // A build running at the same moment (turbo, an editor's watcher) can leave `dist/` half
  // written; say so instead of failing later on a missing module.
  const inTarball = new Set(packed.files.map((file) => file.path));
  const missing = builtFiles.filter((file) => !inTarball.has(file));
  if (missing.length > 0) {
    throw new Error(
      `The tarball of ${dir} lacks ${missing.join(', ')}: was the package being rebuilt while it was packed? Build it again and rerun.`,
    );
  }
  return path.join(destination, packed.filename);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const coreDir = packageDir('@gics/core', CORE_FILES);
  const widgetsDir = packageDir('@gics/widgets', WIDGETS_FILES);
  const workDir = await mkdtemp(path.join(tmpdir(), 'gics-consumer-'));
  const tarballs = path.join(workDir, 'tarballs');
  await mkdir(tarballs);
  const coreTarball = await pack(coreDir, tarballs, CORE_FILES);
  const widgetsTarball = await pack(widgetsDir, tarballs, WIDGETS_FILES);
  const unpacked = path.join(workDir, 'widgets-tarball');
  await mkdir(unpacked);
  await run('tar', ['-xzf', widgetsTarball, '-C', unpacked], {
    cwd: workDir,
    what: 'Unpacking the widgets tarball',
  });
  project.provide('consumer', {
    workDir,
    coreTarball,
    widgetsTarball,
    widgetsPackage: path.join(unpacked, 'package'),
  });
  return async () => {
    if (process.env.GICS_KEEP_CONSUMER_TEST) {
      console.info(`Consumer test files kept in ${workDir}`);
      return;
    }
    await rm(workDir, { recursive: true, force: true });
  };
}
