/**
 * The agenda's load worker: a module worker that fetches and reads a feed off the page's main
 * thread, so a programme of thousands of workshops never holds the page in one long task.
 *
 *   message `{ src, options }` (load-worker-client.ts)
 *     → `fetchSummit(src, options)` (load.ts): fetch, JSON, importer, lenient parse, as on the
 *       main thread, with the importer loading while the feed arrives
 *     → one message back: the outcome (a summit and its warnings, an error kind, or
 *       `not-modified`); the page takes it by structured clone and closes the worker
 *
 * It lives next to the module that starts it (`load-worker.js` in `dist/` and `dist/cdn/`), so
 * a page whose policy allows its own scripts (`default-src 'self'`) allows it too.
 */
import { fetchSummit, type LoadRequest } from './load.js';

self.addEventListener('message', (event: MessageEvent<LoadRequest>) => {
  const { src, options } = event.data;
  // `null` (a read that threw, which the page's own path reports in its words) hands the load
  // back to the page.
  void fetchSummit(src, options).then(
    (outcome) => self.postMessage(outcome),
    () => self.postMessage(null),
  );
});
