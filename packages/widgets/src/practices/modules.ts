/**
 * The library's module that arrives on demand: the detail dialog's content and styles (with the
 * Markdown renderer), fetched once per page the first time a visitor opens a practice (a module
 * that failed to arrive is asked for again the next time). A bundler makes it a chunk of its
 * own; the CDN build puts it in `dist/cdn/chunks/`; its styles are adopted with `adoptStyles`
 * (`internal/on-demand.ts`).
 */
import { once } from '../internal/on-demand.js';

/** The dialog's content. */
export const loadDetail = once(() => import('./detail.js'));
