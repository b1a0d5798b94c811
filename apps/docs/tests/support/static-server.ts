/**
 * A tiny static file server that publishes one folder under a sub-path only, the way a site
 * hosts the docs at `https://example.coop/gics-kit/`. Anything outside the sub-path is a 404, so
 * a build that asks for `/assets/…` instead of `./assets/…` fails its test.
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
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticSite {
  /** The site's address, ending with the sub-path, e.g. `http://127.0.0.1:41234/gics-kit/`. */
  url: string;
  close(): Promise<void>;
}

/** Serves `folder` at `http://127.0.0.1:<free port><subPath>` (`subPath` like `/gics-kit/`). */
export async function serveStatic(folder: string, subPath: string): Promise<StaticSite> {
  const root = path.resolve(folder);
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const fail = (status: number) => {
      response.writeHead(status, { 'content-type': 'text/plain' }).end(String(status));
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') return fail(405);
    if (pathname === subPath.slice(0, -1)) {
      response.writeHead(301, { location: subPath }).end();
      return;
    }
    if (!pathname.startsWith(subPath)) return fail(404);
    let file = path.join(root, decodeURIComponent(pathname.slice(subPath.length)));
    if (file !== root && !file.startsWith(root + path.sep)) return fail(404);
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      const info = await stat(file);
      response.writeHead(200, {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'content-length': info.size,
        // Like a real host: the browser may reuse files between the pages of one test run.
        'cache-control': 'public, max-age=600',
        'last-modified': info.mtime.toUTCString(),
      });
      if (request.method === 'HEAD') response.end();
      else createReadStream(file).pipe(response);
    } catch {
      fail(404);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${subPath}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
