/**
 * A tiny static server on 127.0.0.1 for the consumer tests. Folders are mounted under path
 * prefixes, so the same CDN folder can be published twice (`/plugin/` and `/theme/`) the way two
 * WordPress extensions each ship their own copy; a whole folder is served, so a CDN build split
 * into lazy chunks works as well as a single file. Generated pages are served from memory.
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
  '.svg': 'image/svg+xml',
};

export interface StaticSite {
  /** `http://127.0.0.1:<port>` without a trailing slash. */
  origin: string;
  /** Every path asked for, in order (to check what a page really loaded). */
  requests: string[];
  close(): Promise<void>;
}

export interface SiteContent {
  /** Prefix (`/cdn/`) → folder served under it. */
  folders?: Record<string, string>;
  /** Exact path (`/index.html`) → body; the type follows the extension. */
  files?: Record<string, string>;
}

export async function serveStatic(content: SiteContent): Promise<StaticSite> {
  const folders = Object.entries(content.folders ?? {}).map(
    ([prefix, folder]) => [prefix, path.resolve(folder)] as const,
  );
  const files = content.files ?? {};
  const requests: string[] = [];
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    requests.push(pathname);
    const type = (file: string) => TYPES[path.extname(file)] ?? 'application/octet-stream';
    const notFound = () => response.writeHead(404, { 'content-type': 'text/plain' }).end('404');
    const page = files[pathname === '/' ? '/index.html' : pathname];
    if (page !== undefined) {
      response.writeHead(200, { 'content-type': type(pathname === '/' ? '.html' : pathname) });
      response.end(page);
      return;
    }
    const mount = folders.find(([prefix]) => pathname.startsWith(prefix));
    if (!mount) return notFound();
    const [prefix, root] = mount;
    let file = path.join(root, decodeURIComponent(pathname.slice(prefix.length)));
    if (file !== root && !file.startsWith(root + path.sep)) return notFound();
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      const info = await stat(file);
      response.writeHead(200, { 'content-type': type(file), 'content-length': info.size });
      createReadStream(file).pipe(response);
    } catch {
      notFound();
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
