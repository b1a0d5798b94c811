/**
 * The element classes, without registering any tag. Import `@gics/widgets/all.js` (or one
 * `@gics/widgets/<element>.js`) to define the elements.
 */
export { GicsThemeBadge } from './theme-badge/theme-badge.js';
