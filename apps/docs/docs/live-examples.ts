/**
 * Lets the live widgets on the guide pages work without a server. A newsletter signup marked
 * `data-docs-demo` is answered by this page, through the element's own custom-handler path
 * (cancel `gics-subscribe`, then `reportOutcome()`): nothing leaves the browser.
 *
 * `data-docs-demo="single"` answers "subscribed"; any other value "check your inbox" (double
 * opt-in). Imported by the MDX pages that show a live signup, and by the Introduction's stories
 * (introduction.stories.ts); the widget stories answer with their own simulated provider.
 */
import type { GicsNewsletterSignup, SubscribeOutcome } from '@gics/widgets';

const ANSWER_DELAY = 600;

function answerFor(element: HTMLElement): SubscribeOutcome {
  return element.dataset.docsDemo === 'single'
    ? { ok: true, doubleOptIn: false }
    : { ok: true, doubleOptIn: true };
}

document.addEventListener('gics-subscribe', (event) => {
  const element = event.target;
  if (!(element instanceof HTMLElement) || element.dataset.docsDemo === undefined) return;
  event.preventDefault();
  const answer = answerFor(element);
  setTimeout(() => (element as GicsNewsletterSignup).reportOutcome(answer), ANSWER_DELAY);
});
