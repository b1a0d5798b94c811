/**
 * The demo site's server: static pages, the widgets' CDN build, the summit data and the
 * newsletter endpoint, every answer under one strict Content-Security-Policy.
 *
 *   GET  /                      → 302 to /fr/ or /en/ (Accept-Language)
 *   GET  /fr/agenda/, /en/agenda/ → the agenda pages, pre-rendered (`prerendered-pages.ts`)
 *   GET  /fr/pratiques/, /en/practices/ → the practices pages, their library pre-rendered
 *   GET  /fr/…, /en/…, /assets/ → files from `site/` (a folder's index.html)
 *   GET  /vendor/gics/*.js      → `@gics/widgets/dist/cdn/**` (the CDN build's ES modules)
 *   GET  /summit.json           → the Montréal 2023 sample of `@gics/core` (ETag: a refresh of
 *                                 the unchanged programme is a 304)
 *   GET  /community.json        → the community sample of `@gics/core` with the approved
 *                                 practices (the practices and members pages; `practices.ts`)
 *   POST /api/newsletter        → the `json` provider's endpoint (see `signup.ts`)
 *   HEAD /api/newsletter        → 204: the widget probes with HEAD to tell "down" from "refused"
 *   POST /api/practices         → a shared practice, kept until moderated (`practices.ts`)
 *   HEAD /api/practices         → 204: the practice form's probe, as the newsletter's
 *   anything else               → 404 page (or 405 for a method a route does not take)
 *
 * `node:http` and nothing else: seven routes do not need a framework.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSummit } from '@gics/core';
import { montreal2023 } from '@gics/core/samples/montreal-2023';
import { checkSignup, languageFromHeader, MESSAGES, type MessageKey } from './signup.js';
import { SubscriberStore } from './store.js';
import { PracticeStore } from './practice-store.js';
import { communityWithApproved, createPracticeEndpoint } from './practices.js';
import { createAgendaPages, createPracticesPages } from './prerendered-pages.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The static pages. */
export const SITE_DIR = path.resolve(here, '../site');

/** The widgets' CDN build, found through the workspace package rather than a relative path. */
export const VENDOR_DIR = path.join(
  path.dirname(createRequire(import.meta.url).resolve('@gics/widgets/package.json')),
  'dist/cdn',
);

/**
 * The policy every answer carries. The first three directives are the strict policy this demo
 * exists to prove the widgets work under; the others close what `default-src` does not cover
 * (plugins, `<base>`, form targets, framing) and loosen nothing.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'x-frame-options': 'DENY',
};

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** A signup is a few hundred bytes; anything much larger is not one. */
const MAX_BODY_BYTES = 16 * 1024;

/**
 * Signups per client address per window. Generous for people (a family behind one router),
 * tight enough to slow a script posting to the endpoint directly, which the widget's own
 * honeypot and timing check cannot see.
 */
const RATE_LIMIT = { requests: 10, windowMs: 60_000 };

export interface DemoServerOptions {
  /** Where the subscriber database lives. */
  dataDir: string;
  /** Where the static pages are; defaults to `site/` beside `src/`. */
  siteDir?: string;
  /** Where the widgets' CDN files are; defaults to `@gics/widgets/dist/cdn`. */
  vendorDir?: string;
  /** One line per event worth telling whoever runs the server. */
  log?: (line: string) => void;
}

export interface DemoServer {
  readonly server: Server;
  readonly store: SubscriberStore;
  /** The shared practices and their moderation. */
  readonly practices: PracticeStore;
  /** Starts listening; resolves with the port (useful with port 0). */
  listen(port: number, host: string): Promise<number>;
  /** Stops accepting requests, drops idle connections, closes the database. */
  close(): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly key: MessageKey,
  ) {
    super(key);
  }
}

function send(
  response: ServerResponse,
  status: number,
  headers: Record<string, string | number>,
  body?: string | Buffer,
): void {
  response.writeHead(status, { ...SECURITY_HEADERS, ...headers });
  response.end(response.req.method === 'HEAD' ? undefined : body);
}

function sendJson(
  response: ServerResponse,
  status: number,
  value: unknown,
  headers: Record<string, string | number> = {},
): void {
  send(
    response,
    status,
    {
      'content-type': 'application/json; charset=utf-8',
      // Answers about a person's subscription are never cached anywhere.
      'cache-control': 'no-store',
      ...headers,
    },
    JSON.stringify(value),
  );
}

async function readBody(request: IncomingMessage): Promise<string> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) throw new HttpError(413, 'tooLarge');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'tooLarge');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** A fixed-window counter per client address, in memory: a restart forgives everyone. */
function createRateLimiter(now: () => number = Date.now) {
  const windows = new Map<string, { start: number; count: number }>();
  return (client: string): number | undefined => {
    const time = now();
    for (const [key, window] of windows) {
      if (time - window.start >= RATE_LIMIT.windowMs) windows.delete(key);
    }
    const window = windows.get(client) ?? { start: time, count: 0 };
    window.count += 1;
    windows.set(client, window);
    if (window.count <= RATE_LIMIT.requests) return undefined;
    return Math.ceil((window.start + RATE_LIMIT.windowMs - time) / 1000);
  };
}

/** The file a URL path names inside `root`, or undefined when it would leave it. */
function fileInside(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const file = path.resolve(root, `.${path.posix.normalize(decoded)}`);
  return file === root || file.startsWith(root + path.sep) ? file : undefined;
}

export function createDemoServer(options: DemoServerOptions): DemoServer {
  const siteDir = path.resolve(options.siteDir ?? SITE_DIR);
  const vendorDir = path.resolve(options.vendorDir ?? VENDOR_DIR);
  const log = options.log ?? (() => {});

  // Checked once at start: a sample that stopped being a valid summit should stop the demo, not
  // show a broken agenda.
  const parsed = parseSummit(montreal2023);
  if (!parsed.ok) {
    throw new Error(
      `The Montréal 2023 sample is not a valid summit: ${JSON.stringify(parsed.problems)}`,
    );
  }
  const summitJson = JSON.stringify(montreal2023);
  // The programme's version, so the agenda's refreshes of an unchanged programme cost a 304.
  const summitEtag = `"${createHash('sha256').update(summitJson).digest('base64url').slice(0, 16)}"`;
  const themeIds = parsed.summit.themes.map((theme) => theme.id);
  const store = SubscriberStore.open(options.dataDir);
  const limited = createRateLimiter();
  const practices = PracticeStore.open(options.dataDir);
  const prerendered = [
    createAgendaPages(siteDir, () => ({ data: montreal2023, version: summitEtag })),
    createPracticesPages(siteDir, () => {
      const community = communityWithApproved(practices);
      // The approved practices change under the page: it is rendered again for each version.
      const version = createHash('sha256').update(JSON.stringify(community)).digest('base64url');
      return { data: community, version };
    }),
  ];
  const practiceEndpoint = createPracticeEndpoint(practices, log);

  async function serveFile(
    request: IncomingMessage,
    response: ServerResponse,
    file: string,
    status = 200,
  ): Promise<boolean> {
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) return false;
    const type = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
    response.writeHead(status, {
      ...SECURITY_HEADERS,
      'content-type': type,
      'content-length': info.size,
      // Pages and scripts change while someone works on the demo: always revalidate.
      'cache-control': 'no-cache',
      'last-modified': info.mtime.toUTCString(),
    });
    if (request.method === 'HEAD') {
      response.end();
      return true;
    }
    await pipeline(createReadStream(file), response).catch((error: NodeJS.ErrnoException) => {
      // The visitor went away before the file was sent: nothing to report.
      if (error.code !== 'ERR_STREAM_PREMATURE_CLOSE') throw error;
    });
    return true;
  }

  async function notFound(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!(await serveFile(request, response, path.join(siteDir, '404.html'), 404))) {
      send(response, 404, { 'content-type': 'text/plain; charset=utf-8' }, 'Not found');
    }
  }

  async function subscribe(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const fallback = languageFromHeader(request.headers['accept-language']);
    const fail = (status: number, key: MessageKey, headers: Record<string, string> = {}) =>
      sendJson(response, status, { message: MESSAGES[fallback][key] }, headers);

    const wait = limited(request.socket.remoteAddress ?? 'unknown');
    if (wait !== undefined) {
      fail(429, 'rateLimited', { 'retry-after': String(wait) });
      return;
    }
    if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) {
      fail(415, 'contentType');
      return;
    }
    let body: unknown;
    try {
      body = JSON.parse(await readBody(request));
    } catch (error) {
      if (error instanceof HttpError) fail(error.status, error.key);
      else fail(400, 'notJson');
      return;
    }

    const checked = checkSignup(body, themeIds, fallback);
    if (!checked.ok) {
      log(`signup refused (${checked.status})`);
      sendJson(
        response,
        checked.status,
        checked.status === 422 ? { errors: checked.errors } : { message: checked.message },
      );
      return;
    }
    const outcome = store.add(checked.signup);
    const language = checked.signup.language;
    // The address is personal data: the log says what happened, never to whom.
    log(`signup ${outcome} (${language})`);
    if (outcome === 'subscribed') {
      sendJson(response, 201, {
        status: 'subscribed',
        doubleOptIn: false,
        message: MESSAGES[language].subscribed,
      });
    } else {
      sendJson(response, 409, {
        status: 'already-subscribed',
        message: MESSAGES[language].already,
      });
    }
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const method = request.method ?? 'GET';
    const pathname = url.pathname;

    if (pathname === '/api/newsletter') {
      if (method === 'POST') return subscribe(request, response);
      if (method === 'HEAD') return send(response, 204, { 'cache-control': 'no-store' });
      const lang = languageFromHeader(request.headers['accept-language']);
      return sendJson(response, 405, { message: MESSAGES[lang].method }, { allow: 'POST, HEAD' });
    }

    if (pathname === '/api/practices') {
      if (method === 'HEAD') return send(response, 204, { 'cache-control': 'no-store' });
      const lang = languageFromHeader(request.headers['accept-language']);
      const answer =
        method === 'POST'
          ? await practiceEndpoint.receive(request, lang)
          : practiceEndpoint.method(lang);
      return sendJson(response, answer.status, answer.body, answer.headers);
    }

    if (method !== 'GET' && method !== 'HEAD') {
      return send(
        response,
        405,
        { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' },
        'Method not allowed',
      );
    }

    if (pathname === '/') {
      const lang = languageFromHeader(request.headers['accept-language']);
      return send(response, 302, {
        location: `/${lang}/`,
        vary: 'Accept-Language',
        'cache-control': 'no-cache',
      });
    }

    if (pathname === '/summit.json') {
      const headers = { 'cache-control': 'no-cache', etag: summitEtag };
      if (request.headers['if-none-match'] === summitEtag) return send(response, 304, headers);
      return send(
        response,
        200,
        { ...headers, 'content-type': 'application/json; charset=utf-8' },
        summitJson,
      );
    }

    if (pathname === '/community.json') {
      return send(
        response,
        200,
        { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-cache' },
        JSON.stringify(communityWithApproved(practices)),
      );
    }

    for (const pages of prerendered) {
      if (Object.hasOwn(pages.paths, pathname)) {
        const origin = `http://${request.headers.host ?? 'localhost'}`;
        const page = await pages.page(pathname, origin);
        const headers = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' };
        return send(response, 200, headers, page);
      }
      if (pathname === pages.stylesheet) {
        const headers = { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'no-cache' };
        return send(response, 200, headers, pages.css);
      }
    }

    if (pathname.startsWith('/vendor/gics/')) {
      // Scripts and their source maps from the CDN build (lazily loaded chunks included), and
      // nothing else from the package.
      const file = fileInside(vendorDir, pathname.slice('/vendor/gics'.length));
      if (file && /\.js(?:\.map)?$/.test(file) && (await serveFile(request, response, file))) {
        return;
      }
      return notFound(request, response);
    }

    const file = fileInside(siteDir, pathname);
    if (file) {
      const info = await stat(file).catch(() => undefined);
      if (info?.isDirectory()) {
        if (!pathname.endsWith('/')) {
          return send(response, 301, { location: `${pathname}/${url.search}` });
        }
        if (await serveFile(request, response, path.join(file, 'index.html'))) return;
      } else if (info?.isFile() && (await serveFile(request, response, file))) {
        return;
      }
    }
    return notFound(request, response);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      log(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      if (response.headersSent) {
        response.destroy();
        return;
      }
      const lang = languageFromHeader(request.headers['accept-language']);
      sendJson(response, 500, { message: MESSAGES[lang].failed });
    });
  });

  return {
    server,
    store,
    practices,
    listen(port, host) {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve((server.address() as AddressInfo).port);
        });
      });
    },
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive connections would hold `close` open until browsers let go of them.
        server.closeIdleConnections();
      });
      store.close();
      practices.close();
    },
  };
}
