/**
 * The server goes away and comes back while a visitor has the page open: the form says it could
 * not reach the service, keeps what was typed, and "Try again" goes through once the server is
 * back. What was stored before the restart is still there.
 */
import { expect, it } from 'vitest';
import { SubscriberStore } from '../src/store.js';
import { startDemo } from './support/demo.js';
import { useFreshDemo } from './support/fresh-demo.js';
import { TEXT, seeText, signUp } from './support/site.js';

const fresh = useFreshDemo();

it('keeps working after the server is restarted mid-session, with the data kept', async () => {
  const { page } = fresh.session;
  await page.goto(`${fresh.demo.origin}/en/`);
  await signUp(page, 'en', 'ada@coop.example');
  await seeText(page, TEXT.en.subscribed);
  await page.reload();
  await page.getByRole('textbox', { name: TEXT.en.email }).waitFor();

  // The server stops (as with Ctrl+C) while the page stays open.
  expect(await fresh.demo.stop()).toBe(0);
  await signUp(page, 'en', 'ada@coop.example');
  await seeText(page, TEXT.en.unreachable);
  expect(await page.getByRole('textbox', { name: TEXT.en.email }).inputValue()).toBe(
    'ada@coop.example',
  );

  // Back on the same port, with the same data directory.
  fresh.demo = await startDemo({ dataDir: fresh.data.dir, port: fresh.demo.port });
  await page.getByRole('button', { name: TEXT.en.retry }).click();
  // The address stored before the restart is still known.
  await seeText(page, TEXT.en.already);

  // And a new visitor can subscribe as before.
  await page.reload();
  await signUp(page, 'en', 'grace@coop.example');
  await seeText(page, TEXT.en.subscribed);

  const store = SubscriberStore.open(fresh.data.dir, { readonly: true });
  try {
    expect(store.list().map((subscriber) => subscriber.email)).toEqual([
      'ada@coop.example',
      'grace@coop.example',
    ]);
    expect(store.find('ada@coop.example')?.consents.map((consent) => consent.outcome)).toEqual([
      'subscribed',
      'already-subscribed',
    ]);
  } finally {
    store.close();
  }
  expect(fresh.session.cspViolations).toEqual([]);
});
