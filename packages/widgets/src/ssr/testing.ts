/**
 * What the server-side rendering's page tests stand on: the elements bundled for the browser
 * with hydration support first (as `@gics/widgets/hydrate-support` asks), and a small server on
 * 127.0.0.1 giving pages, that bundle and style sheets under a strict Content-Security-Policy.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright';
import { chromiumLaunchOptions } from '../../../../tooling/chromium-launch.js';
import { rolldown } from 'rolldown';

const packageDir = path.resolve(import.meta.dirname, '..', '..');

/** The policy every answer carries: nothing inline, nothing from elsewhere. */
export const STRICT_POLICY = "default-src 'self'";

/** The files of the browser bundle of `test-client.ts`, by name. */
export async function bundleForBrowser(): Promise<Map<string, string>> {
  const bundle = await rolldown({
    cwd: packageDir,
    input: { client: 'src/ssr/test-client.ts' },
    platform: 'browser',
    tsconfig: 'tsconfig.json',
    transform: { target: 'es2022', define: { 'process.env.NODE_ENV': '"production"' } },
    logLevel: 'warn',
    plugins: [
      {
        // The entry's imports are there for what they do (installing hydration, defining
        // elements), which the package's `sideEffects` says only of the built define modules.
        name: 'ssr-test-client-effects',
        async resolveId(source, importer) {
          if (!importer?.endsWith('test-client.ts')) return null;
          const resolved = await this.resolve(source, importer, { skipSelf: true });
          return resolved ? { ...resolved, moduleSideEffects: true } : null;
        },
      },
    ],
  });
  // One file: split, the part of Lit both the hydration support and the elements import would
  // be a chunk of its own, LitElement in it evaluated before the hydration support could run.
  const { output } = await bundle.generate({
    format: 'es',
    entryFileNames: '[name].js',
    inlineDynamicImports: true,
  });
  await bundle.close();
  return new Map(
    output.map((file) => [file.fileName, file.type === 'chunk' ? file.code : String(file.source)]),
  );
}

/** A server of fixed answers by path, each under `STRICT_POLICY`. */
export interface PageServer {
  origin: string;
  /** Sets the answer of `pathname`. */
  set(pathname: string, type: string, body: string): void;
  close(): Promise<void>;
}

export async function startPageServer(): Promise<PageServer> {
  const answers = new Map<string, { type: string; body: string }>();
  const server: Server = createServer((request, response) => {
    const answer = answers.get(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    response.setHeader('Content-Security-Policy', STRICT_POLICY);
    if (!answer) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': `${answer.type}; charset=utf-8` }).end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    set: (pathname, type, body) => answers.set(pathname, { type, body }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * Chromium and a page server already giving the browser bundle (`/client/client.js`), as every
 * page test starts; each suite adds its pages and closes both.
 */
export async function startPageSite(): Promise<{ browser: Browser; server: PageServer }> {
  const [browser, server, bundle] = await Promise.all([
    chromium.launch(chromiumLaunchOptions()),
    startPageServer(),
    bundleForBrowser(),
  ]);
  for (const [name, code] of bundle) server.set(`/client/${name}`, 'text/javascript', code);
  server.set('/favicon.ico', 'image/x-icon', '');
  return { browser, server };
}

/** A page holding `body`, in `lang`. */
export function page(lang: string, body: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Programme</title></head><body>${body}</body></html>`;
}

/** How `watchedPage` opens its page. */
export interface WatchedPageOptions {
  javaScriptEnabled?: boolean;
  /** The visitor's zone (Chromium's `timezoneId`); the machine's by default. */
  timezoneId?: string;
}

/**
 * A page of a new context at 1,280 × 800 that lists what went wrong on it: console errors and
 * warnings, exceptions, Content-Security-Policy violations. Close its context when done.
 */
export async function watchedPage(
  browser: Browser,
  options: WatchedPageOptions = {},
): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({
    ...options,
    viewport: { width: 1280, height: 800 },
  });
  const problems: string[] = [];
  await context.exposeFunction('reportViolation', (text: string) => problems.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { reportViolation(text: string): void }).reportViolation(
        `CSP ${event.violatedDirective} blocked ${event.blockedURI}`,
      ),
    );
  });
  const opened = await context.newPage();
  opened.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  opened.on('pageerror', (error) => problems.push(String(error)));
  return { page: opened, problems };
}

/**
 * Makes every element of `page` know its width as soon as it observes it, as on a page whose
 * modules arrive a frame after its HTML is laid out: a `ResizeObserver` answers at once, and
 * what its callback asks for the next frame is done then and there.
 */
export async function measureWidthAtOnce(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const Observer = window.ResizeObserver;
    window.ResizeObserver = class extends Observer {
      constructor(private readonly measured: ResizeObserverCallback) {
        super(measured);
      }

      override observe(target: Element, options?: ResizeObserverOptions): void {
        super.observe(target, options);
        const frame = window.requestAnimationFrame;
        window.requestAnimationFrame = (callback) => {
          callback(performance.now());
          return 0;
        };
        try {
          const contentRect = target.getBoundingClientRect();
          this.measured([{ target, contentRect } as ResizeObserverEntry], this);
        } finally {
          window.requestAnimationFrame = frame;
        }
      }
    };
  });
}

/** Loads the elements' script into `page` and waits until the agenda is hydrated and settled. */
export async function hydrateAgenda(page: Page): Promise<void> {
  await page.addScriptTag({ url: '/client/client.js', type: 'module' });
  await page.evaluate(async () => {
    await customElements.whenDefined('gics-agenda');
    const agenda = document.querySelector('gics-agenda') as HTMLElement & {
      updateComplete: Promise<boolean>;
    };
    await agenda.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 100));
    await agenda.updateComplete;
  });
}

/**
 * `html` as another release of GICS Kit would have written it: its templates differ from this
 * release's, so the digests in its hydration markers do too (here, each digest reversed).
 */
export function asOtherRelease(html: string): string {
  return html.replace(
    /<!--lit-part ([\w+/=]+)-->/g,
    (_marker, digest: string) => `<!--lit-part ${[...digest].reverse().join('')}-->`,
  );
}
