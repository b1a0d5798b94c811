/**
 * The agenda's on-demand modules, fetched once per page the first time one is needed, and the
 * style sheets that arrive with them:
 *
 * - on-demand.ts: the detail dialog's content and styles, the calendar export;
 * - on-demand-views.ts: the grid and my agenda, the grid's styles and layout, conflicts.
 */
import type { AgendaViews, OnDemand } from './view-model.js';

let detailModule: Promise<OnDemand> | undefined;
let viewsModule: Promise<AgendaViews> | undefined;
/** The views' module once it has arrived: later agendas on the page use it at once. */
export let arrivedViews: AgendaViews | undefined;

/** The dialog's content and the calendar export. */
export const loadDetail = () => (detailModule ??= import('./on-demand.js'));

/** The grid and my agenda; a module that failed to arrive is asked for again next time. */
export function loadViews(): Promise<AgendaViews> {
  viewsModule ??= import('./on-demand-views.js').then(
    (views) => (arrivedViews = views),
    (error: unknown) => {
      viewsModule = undefined;
      throw error;
    },
  );
  return viewsModule;
}

/** Style sheets made from on-demand modules' styles, one per text for every agenda on the page. */
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
