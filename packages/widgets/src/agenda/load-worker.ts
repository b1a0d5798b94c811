/**
 * The agenda's load worker: a module worker that reads a feed off the page's main thread, so
 * a programme of thousands of workshops never holds the page in one long task.
 *
 *   `LoadStart` `{ src, format }` as the page starts the worker, before the feed answers
 *     → `prepareReading` (load.ts): the summit reader starts loading, and the importer when
 *       the address or format says the feed needs one; a first date formatter is built
 *   `LoadRequest` `{ body, etag, options, preview }` once the feed answered 2xx, its bytes
 *     transferred (load-worker-client.ts)
 *     → `readRequest` (feed-read.ts): text, JSON, importer, lenient parse, as on the main thread;
 *       with `preview`, once the JSON is parsed, the preview's summit (preview-read.ts) is
 *       posted first (`{ preview }`), and the whole is read once the page has drawn it
 *       (`PreviewShown`, or `PREVIEW_WAIT_MS`)
 *     → the outcome (a summit and its warnings, an error kind, or `not-modified`), taken by
 *       structured clone, a large summit's workshops in parts (`postOutcome`) so that no copy
 *       holds the page for long; `null` when the read threw, which hands the load back
 *     → for a summit, a second message: its search data (`{ search }`), built while the page
 *       renders the first cards
 *
 * It lives next to the module that starts it (`load-worker.js` in `dist/` and `dist/cdn/`), so
 * a page whose policy allows its own scripts (`default-src 'self'`) allows it too.
 */
import type { PreparedWorkshopSearch } from '@gics/core/agenda/search';
import type { Summit } from '@gics/core/summit';
import { readRequest } from './feed-read.js';
import type { Loaded, LoadRequest, LoadStart, PreviewShown } from './load.js';
import { prepareReading } from './read-modules.js';
import { readPreview } from './preview-read.js';

/**
 * The longest the worker waits for the page to draw a preview before it reads the whole: the
 * page says when it has (`{ previewShown }`), this is for a page that never does.
 */
const PREVIEW_WAIT_MS = 1000;

/** Ends the wait for the page to draw the preview posted last. */
let previewShown = () => {};

self.addEventListener('message', (event: MessageEvent<LoadStart | LoadRequest | PreviewShown>) => {
  const message = event.data;
  if ('previewShown' in message) {
    previewShown();
    return;
  }
  if (!('body' in message)) {
    // The reader (and the importer a feed needs) arrive while the feed is on its way.
    prepareReading(message.src, message.format);
    return;
  }
  // Never rejects: a preview that cannot be read is not posted, and the whole is read all the
  // same. One that is posted is drawn before the whole is read: the page's first frame of cards
  // then has both cores of a small machine, not one shared with this worker's reading.
  const preview = async (feed: { json: unknown } | { summit: Summit }) => {
    const summit =
      'json' in feed
        ? await readPreview(feed.json, message.options).catch(() => undefined)
        : undefined;
    if (!summit) return;
    const shown = new Promise<void>((resolve) => {
      previewShown = resolve;
      setTimeout(resolve, PREVIEW_WAIT_MS);
    });
    self.postMessage({ preview: summit });
    await shown;
  };
  void readRequest(message, preview).then(
    (outcome) => {
      postOutcome(outcome);
      if (outcome.ok === true) void postSearch(outcome.summit);
    },
    () => self.postMessage(null),
  );
});

/** Workshops per message: the page copies each message in a task of its own, a short one. */
const WORKSHOPS_PER_MESSAGE = 500;

/**
 * The outcome, a large summit in parts: first the outcome with no workshops and the number of
 * parts to come (`parts`), then `{ workshops }` messages of `WORKSHOPS_PER_MESSAGE` in order.
 */
function postOutcome(outcome: Loaded): void {
  if (outcome.ok !== true || outcome.summit.workshops.length <= WORKSHOPS_PER_MESSAGE) {
    self.postMessage(outcome);
    return;
  }
  const { workshops } = outcome.summit;
  const parts = Math.ceil(workshops.length / WORKSHOPS_PER_MESSAGE);
  self.postMessage({ ...outcome, summit: { ...outcome.summit, workshops: [] }, parts });
  for (let at = 0; at < workshops.length; at += WORKSHOPS_PER_MESSAGE) {
    self.postMessage({ workshops: workshops.slice(at, at + WORKSHOPS_PER_MESSAGE) });
  }
}

/**
 * After the summit, its search data (`preparedWorkshopSearch`), the word index's buffers
 * transferred: the page then never builds it in a long task of its own. `null` when it failed.
 */
async function postSearch(summit: Summit): Promise<void> {
  let search: PreparedWorkshopSearch | null = null;
  try {
    // On demand: the worker's own module stays small, and the page waits for this index.
    search = (await import('@gics/core/agenda/search')).preparedWorkshopSearch(summit);
  } catch {
    // The page builds the index itself, as it does without a worker.
  }
  const { words } = search ?? {};
  const buffers = words ? [words.wordStarts, words.positionStarts, words.positions] : [];
  self.postMessage({ search }, { transfer: buffers.map((array) => array.buffer) });
}
