import { afterEach, describe, expect, inject, it } from 'vitest';
import { filterWorkshops } from '@gics/core/agenda';
import { adoptWorkshopSearch } from '@gics/core/agenda/search';
import type { Summit } from '@gics/core/summit';
import { fetchSummit, loadSummit } from './load.js';
import { startLoadWorker } from './load-worker-client.js';
import { linkLoadWorker } from './load-worker-link.js';
import { cardTitles } from './testing/helpers.js';
import type { GicsAgenda } from './agenda.js';

const server = inject('agendaServer');

async function hits(path: string): Promise<number> {
  return (await fetch(`${server}/__hits${path}`)).json();
}

/**
 * Counts the workers `page` starts: its `Worker` becomes a subclass of the real one that notes
 * each script it is started with.
 */
function countWorkers(page: Window & typeof globalThis): string[] & { handed: number } {
  const started = Object.assign([] as string[], { handed: 0 });
  const Real = page.Worker;
  page.Worker = class extends Real {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      started.push(String(url));
    }

    override postMessage(message: unknown, transfer?: Transferable[] | StructuredSerializeOptions) {
      // A feed's bytes handed over to be read there.
      if (message && typeof message === 'object' && 'body' in message) started.handed += 1;
      super.postMessage(message, transfer as Transferable[]);
    }
  };
  return started;
}

/** Every feed read in a load worker, however small (`WORKER_FROM_BYTES` otherwise). */
const IN_WORKER = { workerFrom: 0 };

describe('loadSummit in the load worker', () => {
  const RealWorker = window.Worker;
  afterEach(() => {
    window.Worker = RealWorker;
  });

  it('reads a pretalx feed in a worker, from one request', async () => {
    const started = countWorkers(window);
    const path = `/fixtures/pretalx-widget.json`;
    const before = await hits(path);
    const outcome = await loadSummit(`${server}${path}`, IN_WORKER);
    expect(outcome.ok).toBe(true);
    if (outcome.ok !== true) return;
    expect(outcome.format).toBe('pretalx');
    expect(outcome.summit.workshops.length).toBeGreaterThan(0);
    expect(started).toHaveLength(1);
    expect(started[0]).toContain('load-worker');
    expect(started.handed).toBe(1);
    expect(await hits(path)).toBe(before + 1);
  });

  it('reads a feed under WORKER_FROM_BYTES on the page, and hands a larger one over', async () => {
    const started = countWorkers(window);
    const small = await loadSummit(`${server}/fixtures/pretalx-widget.json`);
    expect(small.ok && small.format).toBe('pretalx');
    // This server does not say the length: the bytes as they arrive tell, and no worker starts.
    expect(started).toHaveLength(0);
    // The congress feed is larger than a threshold set below its size.
    const large = await loadSummit(`${server}/congress.json`, { workerFrom: 100_000 });
    expect(large.ok && large.format).toBe('frab');
    expect(started).toHaveLength(1);
    expect(started.handed).toBe(1);
  });

  it('starts the worker as soon as a feed says it is large, before its bytes arrive', async () => {
    const started = countWorkers(window);
    const loading = loadSummit(`${server}/held/congress.json`, { workerFrom: 100_000 });
    // The server has sent a kilobyte and holds the rest: the length alone started the worker.
    await expect.poll(() => started.length, { timeout: 3000 }).toBe(1);
    expect(started.handed).toBe(0);
    await fetch(`${server}/__release`);
    const outcome = await loading;
    expect(outcome.ok && outcome.format).toBe('frab');
    expect(started).toHaveLength(1);
    expect(started.handed).toBe(1);
  });

  it('sends the summit’s search data after it, which finds what the page’s own index finds', async () => {
    const url = `${server}/fixtures/pretalx-widget.json`;
    const worker = linkLoadWorker(startLoadWorker({ src: url })!);
    const answer = await fetch(url);
    const outcome = await worker.read<{ ok: true; summit: Summit }>({
      body: await answer.arrayBuffer(),
      options: {},
    });
    const search = await worker.search();
    worker.close();
    const summit = outcome!.summit;
    expect(search!.texts).toHaveLength(summit.workshops.length);
    const adopted = structuredClone(summit);
    adoptWorkshopSearch(adopted, search!);
    const words = summit.workshops[0]!.title;
    for (const query of [typeof words === 'string' ? words : words.en!, 'zzz', '']) {
      const ids = (each: Summit) => filterWorkshops(each, { query }).map(({ id }) => id);
      expect(ids(adopted)).toEqual(ids(structuredClone(summit)));
    }
  });

  it('hands a large summit over in parts, whole and in order', async () => {
    const url = `${server}/congress.json`;
    const inWorker = await loadSummit(url, IN_WORKER);
    expect(inWorker.ok && inWorker.summit.workshops.length).toBeGreaterThan(1000);
    expect(inWorker).toEqual(await fetchSummit(url));
  });

  it('ends as the page’s own path does, failure by failure', async () => {
    const cases = [
      ['/missing.json', 'not-found'],
      ['/broken.json', 'server'],
      ['/invalid.json', 'not-json'],
      ['/other.json', 'not-summit'],
      ['/partial.json', true],
    ] as const;
    for (const [path, expected] of cases) {
      const inWorker = await loadSummit(`${server}${path}`, IN_WORKER);
      expect(inWorker.ok === true ? true : inWorker.kind).toBe(expected);
      expect(inWorker).toEqual(await fetchSummit(`${server}${path}`));
    }
  });

  it('reads a feed without a zone with the feed-time-zone given', async () => {
    const url = `${server}/frab-no-zone.json`;
    const zoneless = await loadSummit(url, IN_WORKER);
    expect(zoneless.ok === false && zoneless.kind).toBe('no-time-zone');
    const zoned = await loadSummit(url, { ...IN_WORKER, feedTimeZone: 'Europe/Berlin' });
    expect(zoned.ok && zoned.summit.timeZone).toBe('Europe/Berlin');
  });

  it('answers a refresh of an unchanged programme with not-modified, through a 304', async () => {
    const path = `/live/${crypto.randomUUID()}.json`;
    const first = await loadSummit(`${server}${path}`, { ...IN_WORKER, keepValidators: true });
    const here = await fetchSummit(`${server}${path}`, { keepValidators: true });
    // The server's ETag is not exposed to other origins: the text's fingerprint stands for it.
    expect(first.ok && first.validators).toEqual(here.ok === true && here.validators);
    const validators = first.ok ? first.validators! : {};
    const revalidated = async (): Promise<number> => (await fetch(`${server}/__304${path}`)).json();
    const before = await revalidated();
    expect(await loadSummit(`${server}${path}`, { ...IN_WORKER, validators })).toEqual({
      ok: 'not-modified',
    });
    expect(await revalidated()).toBe(before + 1);
  });

  it('rejects when its load is aborted, while fetching or while the worker reads', async () => {
    // A congress-sized feed, which the worker reads for a while.
    for (const wait of [0, 15, 30]) {
      const request = new AbortController();
      const load = loadSummit(`${server}/congress.json`, { ...IN_WORKER, signal: request.signal });
      setTimeout(() => request.abort(), wait);
      await expect(load).rejects.toMatchObject({ name: 'AbortError' });
    }
  });
});

/**
 * A frame of this origin whose page sends `policy` (none when empty), where `prepare` runs
 * before the agenda's module loads; collects the policy violations it reports.
 */
async function frame(
  policy: string,
  prepare: (page: Window & typeof globalThis) => void = () => {},
) {
  const element = document.createElement('iframe');
  element.width = '800';
  element.height = '600';
  const loaded = new Promise((resolve) =>
    element.addEventListener('load', resolve, { once: true }),
  );
  const meta = policy ? `<meta http-equiv="Content-Security-Policy" content="${policy}">` : '';
  element.srcdoc = `<!doctype html><html lang="en"><head>${meta}</head><body></body></html>`;
  document.body.append(element);
  await loaded;
  const page = element.contentWindow! as Window & typeof globalThis;
  // Vitest's browser mode rewrites `import()` into a call on a runner only its own page has.
  Object.assign(page, {
    __vitest_browser_runner__: { wrapDynamicImport: (load: () => unknown) => load() },
  });
  const violations: string[] = [];
  page.document.addEventListener('securitypolicyviolation', (event) =>
    violations.push(event.effectiveDirective),
  );
  prepare(page);
  const script = page.document.createElement('script');
  script.type = 'module';
  script.src = new URL('../define/gics-agenda.ts', import.meta.url).href;
  page.document.head.append(script);
  await page.customElements.whenDefined('gics-agenda');
  frames.push(element);
  return { page, violations };
}
const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((element) => element.remove()));

/** Shows `src` in an agenda of `page`; resolves with the agenda once its outcome is shown. */
async function show(page: Window, src: string): Promise<GicsAgenda> {
  page.document.body.innerHTML = `<gics-agenda lang="en" src="${src}"></gics-agenda>`;
  const agenda = page.document.querySelector('gics-agenda')!;
  await new Promise((resolve) => {
    agenda.addEventListener('gics-agenda-load', resolve, { once: true });
    agenda.addEventListener('gics-agenda-error', resolve, { once: true });
  });
  await agenda.updateComplete;
  return agenda;
}

describe('where no worker can start, the agenda reads its feed on the main thread', () => {
  const connect = `default-src 'self'; connect-src 'self' ${server}`;
  // Larger than `WORKER_FROM_BYTES`: a feed the agenda reads in a worker where one can start.
  const feed = `${server}/congress.json`;

  it('uses the worker under a policy that allows the page’s own scripts', async () => {
    let started: ReturnType<typeof countWorkers> | undefined;
    const { page, violations } = await frame(connect, (window) => (started = countWorkers(window)));
    const agenda = await show(page, feed);
    expect(cardTitles(agenda).length).toBeGreaterThan(0);
    expect(started).toHaveLength(1);
    expect(started!.handed).toBe(1);
    expect(violations).toEqual([]);
  });

  it('under a policy that refuses workers, shows the same agenda and no error', async () => {
    const { page, violations } = await frame(`${connect}; worker-src 'none'`);
    const agenda = await show(page, feed);
    expect(cardTitles(agenda).length).toBeGreaterThan(0);
    expect(agenda.shadowRoot!.querySelector('[role="alert"]')).toBeNull();
    expect(violations).toContain('worker-src');
    // The page remembers: the next load goes straight to the main thread.
    violations.length = 0;
    const again = await show(page, feed);
    expect(cardTitles(again).length).toBeGreaterThan(0);
    expect(violations).toEqual([]);
  });

  it('in a browser without workers', async () => {
    const { page } = await frame('', (window) => Object.assign(window, { Worker: undefined }));
    const agenda = await show(page, feed);
    expect(cardTitles(agenda).length).toBeGreaterThan(0);
    expect(agenda.shadowRoot!.querySelector('[role="alert"]')).toBeNull();
  });

  it('when making a worker throws, and does not try again', async () => {
    let attempts = 0;
    const { page } = await frame('', (window) =>
      Object.assign(window, {
        Worker: function Worker() {
          attempts += 1;
          throw new DOMException('Workers are not allowed here.', 'SecurityError');
        },
      }),
    );
    const agenda = await show(page, feed);
    expect(cardTitles(agenda).length).toBeGreaterThan(0);
    expect(agenda.shadowRoot!.querySelector('[role="alert"]')).toBeNull();
    const again = await show(page, feed);
    expect(cardTitles(again).length).toBeGreaterThan(0);
    expect(attempts).toBe(1);
  });
});
