/**
 * The directory's modules that arrive on demand, each fetched once per page the first time it
 * is needed (a module that failed to arrive is asked for again the next time):
 *
 * - detail.ts: the member dialog's content and styles (with the Markdown renderer);
 * - map-view.ts: the world map, its outline (`world.generated.ts`), markers and styles.
 *
 * A bundler makes each a chunk of its own; the CDN build puts them in `dist/cdn/chunks/`; their
 * styles are adopted with `adoptStyles` (`internal/on-demand.ts`).
 */
import { once } from '../internal/on-demand.js';

/** The member dialog's content. */
export const loadDetail = once(() => import('./detail.js'));

/** The map view. */
export const loadMap = once(() => import('./map-view.js'));
