/**
 * What every element needs for its modules that arrive on demand (a dialog's content, a view, a
 * map): each fetched once per page the first time it is needed, and the styles that arrive with
 * them adopted by the shadow roots that show them. A bundler makes each such module a chunk of
 * its own; the CDN build puts them in `dist/cdn/chunks/`.
 */

/** A module (or what a module gives) that arrives on demand: see `once`. */
export interface OnDemand<T> {
  /** Asks for it; every call gets the same promise, until a failure. */
  (): Promise<T>;
  /** What arrived, for code that cannot wait (an update under way); `undefined` until then. */
  readonly arrived: T | undefined;
}

/** `load`, run once; a failure is forgotten, so the next call tries again. */
export function once<T>(load: () => Promise<T>): OnDemand<T> {
  let pending: Promise<T> | undefined;
  let arrived: T | undefined;
  const ask = () =>
    (pending ??= load().then(
      (value) => (arrived = value),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    ));
  return Object.defineProperty(ask, 'arrived', { get: () => arrived }) as OnDemand<T>;
}

/** Style sheets made from on-demand modules' styles, one per text for every element on the page. */
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
