/**
 * The size budgets (issue "Ship it like a real library"), each measured from the built
 * packages exactly as BENCHMARKS.md reports it. Minified + gzipped bytes; 1 KB = 1,024 B.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureBundle, measureFirstLoad, type BundleSize } from './bundle-size.js';

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

const cdn = (file: string) => async () => measureFirstLoad(path.join(widgets, 'dist', 'cdn', file));

export const BUDGETS: Budget[] = [
  {
    name: 'dist/cdn/gics.js (every element, first load)',
    budget: 40 * 1024,
    reason: 'pretalx’s schedule widget alone is about 159 KB',
    measure: cdn('gics.js'),
  },
  {
    name: 'dist/cdn/agenda.js (first load)',
    budget: 32 * 1024,
    reason: 'a fifth of pretalx’s schedule widget',
    measure: cdn('agenda.js'),
  },
  {
    name: 'dist/cdn/newsletter-signup.js (first load)',
    budget: 18 * 1024,
    reason: 'Mailchimp’s classic embed is about 48 KB',
    measure: cdn('newsletter-signup.js'),
  },
  {
    name: '@gics/core: parseSummit + agenda functions, as a bundler imports them',
    budget: 14 * 1024,
    reason: 'leaves the widgets room within their own budgets',
    measure: () => measureBundle(CORE_AGENDA_ENTRY, core),
  },
];
