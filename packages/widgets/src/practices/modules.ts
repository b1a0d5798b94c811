/**
 * The library's module that arrives on demand: the detail dialog's content and styles (with the
 * Markdown renderer), fetched once per page the first time a visitor opens a practice (a module
 * that failed to arrive is asked for again the next time). A bundler makes it a chunk of its
 * own; the CDN build puts it in `dist/cdn/chunks/`.
 */
import type * as DetailModule from './detail.js';

let pending: Promise<typeof DetailModule> | undefined;

/** The dialog's content. */
export function loadDetail(): Promise<typeof DetailModule> {
  return (pending ??= import('./detail.js').catch((error: unknown) => {
    pending = undefined;
    throw error;
  }));
}

/** Style sheets made from on-demand modules' styles, one per text for every library on the page. */
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
