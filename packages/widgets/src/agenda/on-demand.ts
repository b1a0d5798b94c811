/**
 * What the agenda loads the first time a visitor opens a workshop or asks for a calendar file:
 * the detail dialog's content and styles, and the calendar export (the `.ics` writer, Google and
 * Outlook links). Imported with `import()`, so an agenda's first paint carries none of it; an
 * app's bundler makes it a chunk of its own, the CDN build a file in `dist/cdn/chunks/`.
 */
export { icsFileName, toICalendar } from '@gics/core/calendar';
export { detailStyles, renderWorkshopDetail } from './detail.js';
