/**
 * The pages served pre-rendered: the agenda's and the practices library's. Each static page
 * `site/<path>/index.html` holds its element empty; the server replaces it with the element
 * `@gics/widgets/ssr` renders from the data the page's element fetches (`/summit.json`,
 * `/community.json`). Everything the element lists is then in the HTML, readable and indexable
 * with JavaScript off; once `gics.js` runs, the element hydrates it and reads its `src` from
 * there on.
 *
 *   GET /fr/agenda/, /en/agenda/          → the agenda, which refreshes itself every minute
 *   GET /fr/pratiques/, /en/practices/    → the practices library (the approved practices)
 *   GET /assets/gics-agenda.css,
 *       /assets/gics-practices.css        → each element's styles: the page's policy
 *                                           (`style-src 'self'`) refuses a `<style>` block, so
 *                                           the shadow roots link them
 *
 * A page is rendered once per version of its data, page address and language, then kept.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { agendaCss, practicesCss, renderAgenda, renderPractices } from '@gics/widgets/ssr';

type Language = 'fr' | 'en';

/** The data a page's element shows, as it is now, and its version. */
export interface VersionedData {
  data: unknown;
  /** Changes whenever `data` does (an ETag, a hash). */
  version: string;
}

/** One kind of pre-rendered page. */
export interface PrerenderedPages {
  /** The pages, by path, with their language. */
  readonly paths: Readonly<Record<string, Language>>;
  /** Where the element's styles are served. */
  readonly stylesheet: string;
  /** The element's styles. */
  readonly css: string;
  /** The page at `pathname` (one of `paths`) for a visitor reaching it at `origin`. */
  page(pathname: string, origin: string): Promise<string>;
}

/** How many rendered pages a kind keeps: two languages, a few addresses, one data version. */
const KEPT = 16;

/**
 * Pages of `paths` whose element, matched by `placeholder` in the static page, is replaced by
 * `render(data, lang, pageUrl)` of the data `current` gives.
 */
function prerenderedPages(options: {
  siteDir: string;
  paths: Readonly<Record<string, Language>>;
  placeholder: RegExp;
  stylesheet: string;
  css: string;
  current: () => VersionedData;
  render: (current: VersionedData, lang: Language, pageUrl: string) => Promise<string>;
}): PrerenderedPages {
  const { siteDir, paths, placeholder, current } = options;
  const rendered = new Map<string, Promise<string>>();
  async function render(pathname: string, origin: string, now: VersionedData) {
    const template = await readFile(path.join(siteDir, pathname, 'index.html'), 'utf8');
    if (!placeholder.test(template)) throw new Error(`${pathname} holds no ${placeholder}.`);
    const pageUrl = new URL(pathname, origin).href;
    const element = await options.render(now, paths[pathname]!, pageUrl);
    return template.replace(placeholder, () => element);
  }
  return {
    paths,
    stylesheet: options.stylesheet,
    css: options.css,
    page(pathname, origin) {
      const now = current();
      const key = `${now.version} ${origin} ${pathname}`;
      let page = rendered.get(key);
      if (!page) {
        if (rendered.size >= KEPT) rendered.delete(rendered.keys().next().value!);
        page = render(pathname, origin, now);
        // A failed render is tried again by the next visitor.
        page.catch(() => rendered.delete(key));
        rendered.set(key, page);
      }
      return page;
    },
  };
}

/**
 * The agenda pages.
 * @param summit The summit `/summit.json` serves, with its ETag as the version.
 */
export function createAgendaPages(siteDir: string, summit: () => VersionedData): PrerenderedPages {
  return prerenderedPages({
    siteDir,
    paths: { '/fr/agenda/': 'fr', '/en/agenda/': 'en' },
    placeholder: /<gics-agenda\b[^>]*><\/gics-agenda>/,
    stylesheet: '/assets/gics-agenda.css',
    css: agendaCss(),
    current: summit,
    render: ({ data, version }, lang, pageUrl) =>
      renderAgenda(data, {
        lang,
        src: '/summit.json',
        refresh: 60,
        syncUrl: true,
        stylesheet: '/assets/gics-agenda.css',
        pageUrl,
        etag: version,
      }),
  });
}

/**
 * The practices pages: the library pre-rendered, the form to share a practice as the page has
 * it (it has nothing to show before its script).
 * @param community The community `/community.json` serves, the approved practices in it.
 */
export function createPracticesPages(
  siteDir: string,
  community: () => VersionedData,
): PrerenderedPages {
  return prerenderedPages({
    siteDir,
    paths: { '/fr/pratiques/': 'fr', '/en/practices/': 'en' },
    placeholder: /<gics-practices\b[^>]*><\/gics-practices>/,
    stylesheet: '/assets/gics-practices.css',
    css: practicesCss(),
    current: community,
    render: ({ data }, lang, pageUrl) =>
      renderPractices(data, {
        lang,
        src: '/community.json',
        stylesheet: '/assets/gics-practices.css',
        pageUrl,
      }),
  });
}
