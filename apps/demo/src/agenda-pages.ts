/**
 * The agenda pages, served pre-rendered: `site/<lang>/agenda/index.html` with its empty
 * `<gics-agenda>` replaced by the agenda `@gics/widgets/ssr` renders from the summit the server
 * serves at `/summit.json`. The whole programme is in the HTML (readable and indexable with
 * JavaScript off); once `gics.js` runs, the element hydrates it and refreshes it from
 * `/summit.json` every minute.
 *
 *   GET /fr/agenda/, /en/agenda/ → the page, rendered once per summit version (its ETag), page
 *                                   address and language, then kept
 *   GET /assets/gics-agenda.css  → the agenda's styles: the page's policy (`style-src 'self'`)
 *                                   refuses a `<style>` block, so the shadow root links them
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { agendaCss, renderAgenda } from '@gics/widgets/ssr';

/** The agenda's styles, where the pre-rendered shadow roots link them. */
export const AGENDA_STYLESHEET = '/assets/gics-agenda.css';

/** The pages served pre-rendered, by path, with their language. */
export const AGENDA_PAGES = { '/fr/agenda/': 'fr', '/en/agenda/': 'en' } as const;

/** The element as the static pages hold it, which the rendered one replaces. */
const PLACEHOLDER = /<gics-agenda\b[^>]*><\/gics-agenda>/;

/** How many rendered pages are kept: two languages, a few addresses, one summit version. */
const KEPT = 16;

export interface AgendaPages {
  /** The page at `pathname` for a visitor reaching it at `origin`, pre-rendered. */
  page(pathname: keyof typeof AGENDA_PAGES, origin: string): Promise<string>;
  /** The agenda's styles. */
  readonly css: string;
}

/**
 * @param siteDir Where the static pages are.
 * @param summit The summit `/summit.json` serves, and its ETag, as they are now.
 */
export function createAgendaPages(
  siteDir: string,
  summit: () => { data: unknown; etag: string },
): AgendaPages {
  const rendered = new Map<string, Promise<string>>();
  async function render(pathname: keyof typeof AGENDA_PAGES, origin: string, etag: string) {
    const lang = AGENDA_PAGES[pathname];
    const template = await readFile(path.join(siteDir, pathname, 'index.html'), 'utf8');
    const agenda = await renderAgenda(summit().data, {
      lang,
      src: '/summit.json',
      refresh: 60,
      syncUrl: true,
      stylesheet: AGENDA_STYLESHEET,
      pageUrl: new URL(pathname, origin).href,
      etag,
    });
    if (!PLACEHOLDER.test(template)) throw new Error(`${pathname} holds no <gics-agenda>.`);
    return template.replace(PLACEHOLDER, () => agenda);
  }
  return {
    css: agendaCss(),
    page(pathname, origin) {
      const { etag } = summit();
      const key = `${etag} ${origin} ${pathname}`;
      let page = rendered.get(key);
      if (!page) {
        if (rendered.size >= KEPT) rendered.delete(rendered.keys().next().value!);
        page = render(pathname, origin, etag);
        // A failed render is tried again by the next visitor.
        page.catch(() => rendered.delete(key));
        rendered.set(key, page);
      }
      return page;
    },
  };
}
