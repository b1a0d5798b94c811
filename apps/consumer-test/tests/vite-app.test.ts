/**
 * A TypeScript + Vite app that installs the packed tarballs like any user would, in a temporary
 * folder outside the workspace (`fixtures/vite-app` copied there, with a package.json pointing
 * at the tarballs), then:
 *
 * 1. type-checks it with `skipLibCheck: false`, so our published `.d.ts` files are compiled too,
 *    and every `@ts-expect-error` in the fixture must meet its error (a type that fell back to
 *    `any` fails); the fixture covers the define modules' element and event types, the React 19
 *    JSX types and the Vue `GlobalComponents` types;
 * 2. builds it with Vite;
 * 3. serves the build on 127.0.0.1 and opens both pages in Chromium: the agenda must show the
 *    Montréal 2023 workshops and its typed load event must have run, in plain TypeScript and
 *    through React 19's own custom-element support.
 *
 * Versions are pinned to the ones the repository's toolchain notes list for Node 20.
 */
import { cp, lstat, readFile, realpath, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright';
import { montreal2023 } from '@gics/core/samples/montreal-2023';
import { launchChromium, openWatchedPage, type WatchedPage } from '../src/chromium.js';
import { run } from '../src/run.js';
import { serveStatic, type StaticSite } from '../../../tooling/static-server.js';

const fixture = fileURLToPath(new URL('../fixtures/vite-app/', import.meta.url));
const firstWorkshopTitle = montreal2023.workshops[0]!.title.en;
const workshopCount = montreal2023.workshops.length;

const { workDir, coreTarball, widgetsTarball } = inject('consumer');
const app = path.join(workDir, 'vite-app');

let browser: Browser | undefined;
let site: StaticSite | undefined;

beforeAll(async () => {
  await cp(fixture, app, { recursive: true });
  const manifest = {
    name: 'gics-consumer-app',
    private: true,
    type: 'module',
    dependencies: {
      '@gics/core': `file:${coreTarball}`,
      '@gics/widgets': `file:${widgetsTarball}`,
      react: '~19.3.1',
      'react-dom': '~19.3.1',
    },
    devDependencies: {
      '@types/react': '~19.3.0',
      '@types/react-dom': '~19.3.0',
      typescript: '~6.0.3',
      vite: '~8.3.8',
      vue: '~3.5.45',
    },
  };
  await writeFile(path.join(app, 'package.json'), JSON.stringify(manifest, null, 2));
  await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: app,
    what: 'Installing the packed tarballs, TypeScript, Vite, React and Vue into the test app',
    timeoutMs: 540_000,
  });
});

interface ManifestEntry {
  name: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
}
interface Manifest {
  modules: Array<{
    declarations?: Array<{
      tagName?: string;
      customElement?: boolean;
      members?: ManifestEntry[];
      attributes?: ManifestEntry[];
      events?: ManifestEntry[];
    }>;
  }>;
}

const pascalCase = (name: string) =>
  name.replace(/(^|-)([a-z])/g, (_match, _dash: string, letter: string) => letter.toUpperCase());
const union = (names: string[]) =>
  [...new Set(names)].map((name) => JSON.stringify(name)).join(' | ') || 'never';

/**
 * A type-only file that names every attribute, writable property and event the packed
 * `custom-elements.json` lists for each element, and requires each to be a prop of the React
 * and Vue typings: an element API added without its typing fails the type check.
 */
async function writeManifestCoverage(): Promise<void> {
  const manifestPath = path.join(app, 'node_modules/@gics/widgets/custom-elements.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Manifest;
  const elements = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName);
  const lines = [
    '// Written by tests/vite-app.test.ts from the packed custom-elements.json.',
    "import type { GicsReactProps } from '@gics/widgets/react';",
    "import type { GicsVueProps } from '@gics/widgets/vue';",
    '',
    // A tag of the manifest that the typings do not know fails here too.
    `type Tag = ${union(elements.map((element) => element.tagName!))};`,
    'type ReactCovers<T extends Tag, Names extends keyof GicsReactProps<T>> = Names;',
    'type VueCovers<T extends Tag, Names extends keyof GicsVueProps<T>> = Names;',
  ];
  for (const element of elements) {
    const tag = element.tagName!;
    const properties = (element.members ?? [])
      .filter((member) => member.kind === 'field' && !member.static && !member.readonly)
      .filter((member) => (member.privacy ?? 'public') === 'public')
      .map((member) => member.name);
    const attributes = (element.attributes ?? []).map((attribute) => attribute.name);
    const events = (element.events ?? []).map((event) => event.name).filter(Boolean);
    const id = pascalCase(tag);
    lines.push(
      `export type React${id} = ReactCovers<'${tag}', ${union([...properties, ...attributes, ...events.map((event) => `on${event}`)])}>;`,
      `export type Vue${id} = VueCovers<'${tag}', ${union([...properties, ...events.map((event) => `on${pascalCase(event)}`)])}>;`,
    );
  }
  await writeFile(path.join(app, 'src/manifest-coverage.ts'), lines.join('\n') + '\n');
}

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('a TypeScript + Vite app using the packed packages', () => {
  it('installs the tarballs themselves, not links to the workspace', async () => {
    for (const name of ['@gics/core', '@gics/widgets']) {
      const installed = path.join(app, 'node_modules', name);
      expect((await lstat(installed)).isSymbolicLink(), `${name} is a link`).toBe(false);
      expect(await realpath(installed)).toBe(installed);
    }
    // The widgets' dependency on @gics/core is met by the packed core, not a registry copy.
    expect(existsSync(path.join(app, 'node_modules/@gics/widgets/node_modules/@gics/core'))).toBe(
      false,
    );
    const core = JSON.parse(
      await readFile(path.join(app, 'node_modules/@gics/core/package.json'), 'utf8'),
    ) as { name: string };
    expect(core.name).toBe('@gics/core');
  });

  it('type-checks element properties, event details, React 19 JSX and Vue components, and covers custom-elements.json', async () => {
    await writeManifestCoverage();
    await run('node', ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'], {
      cwd: app,
      what: 'Type-checking the test app',
    });
  });

  it('builds with Vite and renders the agenda in Chromium, plain and through React 19', async () => {
    await run('node', ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
      cwd: app,
      what: 'Building the test app with Vite',
    });
    site = await serveStatic({ folders: { '/': path.join(app, 'dist') } });
    browser = await launchChromium();

    const expectRendered = async ({ page, errors, problems }: WatchedPage, status: RegExp) => {
      await page.getByText(firstWorkshopTitle, { exact: true }).first().waitFor();
      await page.locator('#status').filter({ hasText: status }).waitFor();
      expect(errors).toEqual([]);
      expect(problems).toEqual([]);
    };

    const plain = await openWatchedPage(browser);
    await plain.page.goto(`${site.origin}/index.html`);
    await expectRendered(plain, new RegExp(`^gics-agenda-load: ${workshopCount} workshops`));
    await plain.page.getByRole('textbox', { name: 'Email address' }).waitFor();

    const react = await openWatchedPage(browser);
    await react.page.goto(`${site.origin}/react.html`);
    // The handler ran (React added the listener) and `summit` reached the element as an object.
    await expectRendered(
      react,
      new RegExp(
        `^ongics-agenda-load: ${workshopCount} workshops, loadedSummit ${montreal2023.id}$`,
      ),
    );
  });
});
