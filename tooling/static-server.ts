/**
 * A small static file server for tests, on 127.0.0.1 and a free port.
 *
 * Folders are mounted under path prefixes and nothing else is served: a build mounted at a
 * sub-path (`/gics-kit/`) fails its test if it asks for `/assets/…` instead of `./assets/…`, and
 * one folder mounted twice (`/plugin/`, `/theme/`) stands for two copies of a CDN build on one
 * site. Whole folders are served, so a build split into lazy chunks works. Pages a test writes
 * itself are served from memory.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

const typeOf = (file: string) => TYPES[path.extname(file)] ?? 'application/octet-stream';

export interface StaticSite {
  /** `http://127.0.0.1:<port>` without a trailing slash. */
  origin: string;
  /** Every path asked for, in order (to check what a page really loaded). */
  requests: string[];
  close(): Promise<void>;
}

export interface SiteContent {
  /**
   * Prefix ending with `/` (`/cdn/`, or `/` for the whole site) → folder served under it. The
   * prefix without its slash (`/cdn`) redirects to it, as a real host does.
   */
  folders?: Record<string, string>;
  /** Exact path (`/index.html`) → body; the type follows the extension. `/` is `/index.html`. */
  files?: Record<string, string>;
  /**
   * Let the browser reuse the folders' files for this many seconds (`Cache-Control`,
   * `Last-Modified`), like a real host. Without it, no caching headers: every visit asks again,
   * so `requests` shows everything a page loaded.
   */
  maxAge?: number;
}

/** GET and HEAD only (anything else is a 405); unknown paths are a 404. */
export async function serveStatic(content: SiteContent): Promise<StaticSite> {
  const folders = Object.entries(content.folders ?? {}).map(
    ([prefix, folder]) => [prefix, path.resolve(folder)] as const,
  );
  const files = content.files ?? {};
  const requests: string[] = [];
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    requests.push(pathname);
    const fail = (status: number) => {
      response.writeHead(status, { 'content-type': 'text/plain' }).end(String(status));
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') return fail(405);
    const head = request.method === 'HEAD';

    const page = files[pathname === '/' ? '/index.html' : pathname];
    if (page !== undefined) {
      response.writeHead(200, { 'content-type': typeOf(pathname === '/' ? '.html' : pathname) });
      response.end(head ? undefined : page);
      return;
    }
    const bare = folders.find(([prefix]) => prefix !== '/' && pathname === prefix.slice(0, -1));
    if (bare) {
      response.writeHead(301, { location: bare[0] }).end();
      return;
    }
    const mount = folders.find(([prefix]) => pathname.startsWith(prefix));
    if (!mount) return fail(404);
    const [prefix, root] = mount;
    try {
      // Inside the try: a malformed escape (`%E0%A4%A`) throws, and is a 404 like any bad path.
      let file = path.join(root, decodeURIComponent(pathname.slice(prefix.length)));
      if (file !== root && !file.startsWith(root + path.sep)) return fail(404);
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      const info = await stat(file);
      response.writeHead(200, {
        'content-type': typeOf(file),
        'content-length': info.size,
        ...(content.maxAge === undefined
          ? {}
          : {
              'cache-control': `public, max-age=${content.maxAge}`,
              'last-modified': info.mtime.toUTCString(),
            }),
      });
      if (head) response.end();
      else createReadStream(file).pipe(response);
    } catch {
      fail(404);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
