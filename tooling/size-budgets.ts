/**
 * The size budgets (issue "Ship it like a real library"), each measured from the built
 * packages exactly as BENCHMARKS.md reports it. Minified + gzipped bytes; 1 KB = 1,024 B.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CDN_ELEMENTS } from '../packages/widgets/src/cdn/elements.js';
import { measureBundle, measureFiles, type BundleSize } from './bundle-size.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const widgets = path.join(root, 'packages', 'widgets');
const core = path.join(root, 'packages', 'core');

export interface Budget {
  /** What is measured, as people name it. */
  name: string;
  budget: number;
  /** Why this budget, in a few words. */
  reason: string;
  measure: () => Promise<BundleSize>;
}

/** What an app imports to parse a summit and run the agenda logic. */
export const CORE_AGENDA_ENTRY = `export {
  parseSummit, localize, filterWorkshops, groupWorkshopsByDay, listDays, listRooms,
  findConflicts, happeningNow, upNext, formatTimeRange, formatDayHeading, formatTimeZoneLabel,
} from '@gics/core';`;

const cdnDir = path.join(widgets, 'dist', 'cdn');

/**
 * Files of the CDN build that a page fetches only once it needs them, never before its first
 * paint: the agenda's load worker (started when `src` is loaded) and the hydration support of
 * pre-rendered pages.
 */
const NEVER_IN_A_FIRST_LOAD = /^(?:load-worker|hydrate-support)\.js$/;

/**
 * What a page fetches before its first paint when it loads `files` (paths in `folder`, a CDN
 * build); fails when that includes a file that must wait until it is needed.
 */
export function firstLoad(folder: string, ...files: string[]): ReturnType<typeof measureFiles> {
  const measured = measureFiles(files.map((file) => path.join(folder, file)));
  const early = measured.files.filter((file) => NEVER_IN_A_FIRST_LOAD.test(path.basename(file)));
  if (early.length > 0) {
    throw new Error(
      `${files.join(' + ')} import ${early.map((file) => path.relative(folder, file)).join(', ')} statically: it must wait until it is needed.`,
    );
  }
  return measured;
}

const cdn = (file: string) => async () => firstLoad(cdnDir, file);

/**
 * A page that pastes the autoloader and uses `files`' elements: `gics.js`, then each element's
 * module and what it imports statically, the way the autoloader fetches them.
 */
const page =
  (...files: string[]) =>
  async () =>
    firstLoad(cdnDir, 'gics.js', ...files);

/** Every element module of the CDN build, as the autoloader knows them. */
const everyElement = () => Object.values(CDN_ELEMENTS);

/** A file of the CDN build that a page fetches when it needs it, and what it imports statically. */
const onDemand = (file: string) => async () => measureFiles([path.join(cdnDir, file)]);

export const BUDGETS: Budget[] = [
  {
    name: 'dist/cdn/gics.js (the autoloader)',
    budget: 2 * 1024,
    reason: 'pasted on every page, whichever elements it uses',
    measure: cdn('gics.js'),
  },
  {
    name: 'a page with <gics-agenda> (gics.js, agenda.js and their imports)',
    budget: 32 * 1024,
    reason: 'under a quarter of pretalx’s schedule widget, about 159 KB',
    measure: page('agenda.js'),
  },
  {
    name: 'a page with <gics-newsletter-signup> (gics.js, newsletter-signup.js and their imports)',
    budget: 18 * 1024,
    reason: 'Mailchimp’s classic embed is about 48 KB',
    measure: page('newsletter-signup.js'),
  },
  {
    name: 'a page with <gics-practices> (gics.js, practices.js and their imports)',
    budget: 28 * 1024,
    reason: 'the practices library, as its issue asks',
    measure: page('practices.js'),
  },
  {
    name: 'a page with <gics-practice-form> (gics.js, practice-form.js and their imports)',
    budget: 20 * 1024,
    reason: 'the practice form, as its issue asks',
    measure: page('practice-form.js'),
  },
  {
    name: 'a page with <gics-members> (gics.js, members.js and their imports, map excluded)',
    budget: 28 * 1024,
    reason: 'the member directory, as its issue asks',
    measure: page('members.js'),
  },
  {
    name: 'the members map, when a visitor opens it (what it adds to the members page)',
    budget: 40 * 1024,
    reason: 'the map chunk, as the directory’s issue asks; never in the first load',
    measure: async () => {
      const map = readdirSync(path.join(cdnDir, 'chunks')).find((file) =>
        /^members-map-view-[\w-]+\.js$/.test(file),
      );
      if (!map) throw new Error('No members map chunk in dist/cdn/chunks/.');
      const page = measureFiles([path.join(cdnDir, 'gics.js'), path.join(cdnDir, 'members.js')]);
      const withMap = measureFiles([...page.files, path.join(cdnDir, 'chunks', map)]);
      return { minified: withMap.minified - page.minified, gzip: withMap.gzip - page.gzip };
    },
  },
  {
    name: 'a page with the agenda, the signup, a workshop card and a theme badge',
    budget: 60 * 1024,
    reason: 'the first release’s elements together, as the architecture issue asks',
    measure: page('agenda.js', 'newsletter-signup.js', 'workshop-card.js', 'theme-badge.js'),
  },
  {
    // Each element module carries its own copy of what it shares with the others but Lit and
    // the layer: a page rarely holds them all, and each page alone stays small.
    name: 'a page with every element (gics.js and every element module)',
    budget: 100 * 1024,
    reason: 'a ceiling that catches a regression; no site page holds all seven',
    measure: async () => page(...everyElement())(),
  },
  {
    name: 'dist/cdn/load-worker.js (the agenda’s load worker, when src is loaded)',
    budget: 6 * 1024,
    reason: 'fetched beside the feed, never in a first load; its importers arrive on demand',
    measure: onDemand('load-worker.js'),
  },
  {
    name: 'dist/cdn/hydrate-support.js (Lit’s hydration, on pre-rendered pages only)',
    budget: 6 * 1024,
    reason: 'loaded by the autoloader before the elements of a pre-rendered page, never otherwise',
    measure: onDemand('hydrate-support.js'),
  },
  {
    name: '@gics/core: parseSummit + agenda functions, as a bundler imports them',
    budget: 14 * 1024,
    reason: 'leaves the widgets room within their own budgets',
    measure: () => measureBundle(CORE_AGENDA_ENTRY, core),
  },
];
