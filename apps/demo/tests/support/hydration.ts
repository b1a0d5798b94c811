/**
 * What a pre-rendered page's element does with the server's HTML when its script arrives:
 * `gics.js` is held until the first card the server wrote is marked and measured, then let
 * through; once the element is defined and updated, its first card is measured again.
 */
import type { Page } from 'playwright';

/** A card's box. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The first card `tag` shows before and after its script, and whether it is the same node. */
export interface TakenOver {
  /** Whether the element was already defined when the server's card was measured. */
  definedBefore: boolean;
  before: Box;
  after: Box;
  same: boolean;
}

/** Opens `url` on `page` and watches the `tag` element take over its first card (`[data-id]`). */
export async function takeOver(page: Page, url: string, tag: string): Promise<TakenOver> {
  let release!: () => void;
  const marked = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/vendor/gics/gics.js', async (route) => {
    await marked;
    await route.continue();
  });
  await page.goto(url, { waitUntil: 'commit' });
  const card = page.locator(`${tag} [data-id]`).first();
  await card.waitFor();
  const { definedBefore, before } = await card.evaluate((node: HTMLElement, tag) => {
    (window as unknown as { serverCard: Element }).serverCard = node;
    const { x, y, width, height } = node.getBoundingClientRect();
    return {
      definedBefore: customElements.get(tag) !== undefined,
      before: { x, y, width, height },
    };
  }, tag);
  release();
  await page.waitForFunction((tag) => customElements.get(tag) !== undefined, tag);
  const { same, after } = await page.evaluate(async (tag) => {
    const element = document.querySelector(tag) as HTMLElement & {
      updateComplete: Promise<boolean>;
    };
    await element.updateComplete;
    const node = element.shadowRoot!.querySelector<HTMLElement>('[data-id]')!;
    const { x, y, width, height } = node.getBoundingClientRect();
    return {
      same: node === (window as unknown as { serverCard: Element }).serverCard,
      after: { x, y, width, height },
    };
  }, tag);
  return { definedBefore, before, after, same };
}
