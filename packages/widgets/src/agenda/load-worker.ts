/**
 * The agenda's load worker: a module worker that reads a feed off the page's main thread, so
 * a programme of thousands of workshops never holds the page in one long task.
 *
 *   `LoadStart` `{ src, format }` as the page starts the worker, before the feed answers
 *     → the importer starts loading when the address or format says the feed needs one
 *   `LoadRequest` `{ body, etag, options }` once the feed answered 2xx, its body handed over as
 *     a stream (load-worker-client.ts)
 *     → `readRequest` (load.ts): text, JSON, importer, lenient parse, as on the main thread
 *     → one message back: the outcome (a summit and its warnings, an error kind, or
 *       `not-modified`), taken by structured clone; `null` when the read threw, which hands
 *       the load back to the page
 *
 * It lives next to the module that starts it (`load-worker.js` in `dist/` and `dist/cdn/`), so
 * a page whose policy allows its own scripts (`default-src 'self'`) allows it too.
 */
import { preloadImporters, readRequest, type LoadRequest, type LoadStart } from './load.js';

self.addEventListener('message', (event: MessageEvent<LoadStart | LoadRequest>) => {
  const message = event.data;
  if (!('body' in message)) {
    preloadImporters(message.src, message.format);
    return;
  }
  void readRequest(message).then(
    (outcome) => self.postMessage(outcome),
    () => self.postMessage(null),
  );
});
