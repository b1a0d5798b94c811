/**
 * The directory's modules that arrive on demand, each fetched once per page the first time it
 * is needed (a module that failed to arrive is asked for again the next time):
 *
 * - detail.ts: the member dialog's content and styles (with the Markdown renderer);
 * - map-view.ts: the world map, its outline (`world.generated.ts`), markers and styles.
 *
 * A bundler makes each a chunk of its own; the CDN build puts them in `dist/cdn/chunks/`.
 */

/** `load`, run once; a failure is forgotten, so the next call tries again. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    }));
}

/** The member dialog's content. */
export const loadDetail = once(() => import('./detail.js'));

/** The map view. */
export const loadMap = once(() => import('./map-view.js'));

/** Style sheets made from on-demand modules' styles, one per text for every directory on the page. */
const sheets = new Map<string, CSSStyleSheet>();

/** Adds `text` (styles that arrived with a module) to `root`'s adopted style sheets, once. */
export function adoptStyles(root: ShadowRoot | null, text: string): void {
  if (!root) return;
  let sheet = sheets.get(text);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    sheets.set(text, sheet);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}
