/**
 * What the agenda loads the first time a visitor shows the grid or their own agenda: both
 * views and the grid's styles, the grid's day layout and the conflict finder. Imported with `import()`, so a visit
 * that stays on the list carries none of it; the CDN build makes it `chunks/agenda-views.js`.
 * Lit and the agenda's shared parts come from the element (`ViewKit`), not from this module.
 */
export { findConflicts, layoutDayGrid } from '@gics/core/agenda';
export { renderGrid } from './grid-view.js';
export { gridStyles } from './grid.styles.js';
export { renderMine } from './mine.js';
