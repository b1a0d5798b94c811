/**
 * `gics render agenda`, the core's command that runs this package's renderer: from a schedule
 * file (a GICS summit, or any export `gics import` reads) to a piece of HTML or a whole page.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { gicsCommunity } from '@gics/core/samples/community';
import { montreal2023 } from '@gics/core/samples/montreal-2023';
// The command line lives in the core, which imports this package only when `render` runs.
import { runGics } from '../../../core/src/cli/run.js';

let work: string;

async function gics(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runGics(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    importModule: (specifier) => {
      expect(specifier).toBe('@gics/widgets/ssr');
      return import('./index.js');
    },
  });
  return { code, stdout, stderr };
}

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'gics-render-'));
  writeFileSync(path.join(work, 'summit.json'), JSON.stringify(montreal2023));
  writeFileSync(path.join(work, 'community.json'), JSON.stringify(gicsCommunity));
});

describe('gics render agenda', () => {
  it('writes a piece to paste: every workshop, its JSON-LD, its data and the script', async () => {
    const out = path.join(work, 'agenda.html');
    const result = await gics(
      'render',
      'agenda',
      path.join(work, 'summit.json'),
      '--lang',
      'fr',
      '--script',
      'https://cdn.example.org/gics/gics.js',
      '--src',
      '/summit.json',
      '--refresh',
      '300',
      '-o',
      out,
    );
    expect(result.stderr).toContain(out);
    expect(result.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<gics-agenda [^>]*refresh="300"/);
    expect(html).toContain('<template shadowroot="open" shadowrootmode="open">');
    for (const workshop of montreal2023.workshops) {
      expect(html).toContain((workshop.title as { fr: string }).fr);
    }
    expect(html).toContain('<script type="application/ld+json" data-gics-structured-data>');
    expect(html).toContain('<script type="application/json" data-gics-data>');
    expect(html.trimEnd()).toMatch(
      /<\/gics-agenda>\n<script type="module" src="https:\/\/cdn\.example\.org\/gics\/gics\.js"><\/script>$/,
    );
  });

  it('writes the palette asked for on the element, for a page that is always dark', async () => {
    const result = await gics(
      'render',
      'agenda',
      path.join(work, 'summit.json'),
      '--color-scheme',
      'dark',
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^<gics-agenda [^>]*color-scheme="dark"/);
  });

  it('writes a whole page, its styles linked and written beside it', async () => {
    const out = path.join(work, 'page.html');
    const css = path.join(work, 'agenda.css');
    const result = await gics(
      'render',
      'agenda',
      path.join(work, 'summit.json'),
      '--page',
      '--stylesheet',
      'agenda.css',
      '--css-out',
      css,
      '-o',
      out,
    );
    expect(result.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).toContain('<title>Global Innovation Coop Summit');
    expect(html).toContain('<link rel="stylesheet" href="agenda.css">');
    expect(html).not.toContain('<style>');
    expect(readFileSync(css, 'utf8')).toContain(':host');
  });

  it('writes the grid, where its workshops stand in the style sheet written beside it', async () => {
    const out = path.join(work, 'grid.html');
    const css = path.join(work, 'grid.css');
    const result = await gics(
      'render',
      'agenda',
      path.join(work, 'summit.json'),
      '--view',
      'grid',
      '--stylesheet',
      'grid.css',
      '--css-out',
      css,
      '-o',
      out,
    );
    expect(result.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<gics-agenda [^>]*view="grid"/);
    expect(html).not.toMatch(/<style>| style="/);
    const sheet = readFileSync(css, 'utf8');
    expect(sheet).toContain(':host');
    // Each day's grid, sized and its workshops placed.
    for (const day of ['2023-05-16', '2023-05-17', '2023-05-18']) {
      expect(html).toContain(`data-day="${day}"`);
      expect(sheet).toMatch(
        new RegExp(`\\.grid\\[data-day="${day}"\\]\\{--_gics-grid-columns:\\d`),
      );
    }
  });

  it('refuses the grid for the library, naming the views it has', async () => {
    const result = await gics(
      'render',
      'practices',
      path.join(work, 'community.json'),
      '--view',
      'grid',
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('"grid" is not a view gics renders. Use list.');
  });

  it('reads any schedule export the import reads', async () => {
    const fixture = path.resolve(
      import.meta.dirname,
      '../../../core/src/importers/fixtures/pretalx-widget.json',
    );
    const result = await gics('render', 'agenda', fixture, '--lang', 'en');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^<gics-agenda /);
  });
});

describe('gics render practices and members', () => {
  it('writes the library of a community, every practice in it', async () => {
    const result = await gics(
      'render',
      'practices',
      path.join(work, 'community.json'),
      '--lang',
      'fr',
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^<gics-practices [^>]*lang="fr"/);
    for (const practice of gicsCommunity.practices)
      expect(result.stdout).toContain(practice.title.fr);
  });

  it('writes the directory of a community as a whole page titled after it', async () => {
    const result = await gics('render', 'members', path.join(work, 'community.json'), '--page');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`<title>${gicsCommunity.name.en}</title>`);
    expect(result.stdout).toMatch(/<gics-members [^>]*lang="en"/);
  });

  it('lists what is wrong with a file that is no community, exit 1', async () => {
    const broken = path.join(work, 'broken-community.json');
    writeFileSync(broken, JSON.stringify({ ...gicsCommunity, practices: 'none' }));
    const result = await gics('render', 'practices', broken);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(broken);
    expect(result.stdout).toBe('');
  });
});
