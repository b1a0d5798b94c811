/**
 * The practices page as a visitor and a moderator use it, end to end, under the strict CSP:
 * a visitor shares a practice with the form, the moderator approves it with `npm run moderate`,
 * and it is in the community file the page reads, then in the library on the page itself:
 * found by a search, read in its dialog, or reached by its deep link.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { PracticeStore } from '../src/practice-store.js';
import { useFreshDemo } from './support/fresh-demo.js';
import { moderate, send } from './support/practices.js';
import { seeText } from './support/site.js';

// Whatever a test did, no page of it may have broken the policy or logged an error.
const fresh = useFreshDemo({ cleanPages: true });

/** The form treats a submit sooner than 3 s after it appeared as a bot's: a person is slower. */
const BOT_CHECK_MS = 3100;

const WORDS = {
  en: {
    page: '/en/practices/',
    region: 'Share a practice',
    title: 'Title',
    summary: 'Summary',
    body: 'The practice in full',
    theme: 'Circular economy',
    name: 'Your name',
    email: 'Email address',
    consent: 'I agree to the publication of this practice.',
    submit: 'Share this practice',
    received:
      'Thank you! Your practice has been received. It will be published once Coopérative Exemple has reviewed it.',
    problem: 'There is a problem',
    search: 'Search',
    oneFound: /^1 of \d+ practices$/,
  },
  fr: {
    page: '/fr/pratiques/',
    region: 'Partager une pratique',
    title: 'Titre',
    summary: 'Résumé',
    body: 'La pratique en détail',
    theme: 'Économie circulaire',
    name: 'Votre nom',
    email: 'Adresse courriel',
    consent: 'J’accepte que cette pratique soit publiée.',
    submit: 'Partager cette pratique',
    received:
      'Merci! Votre pratique a bien été reçue. Elle sera publiée après examen par la Coopérative Exemple.',
    problem: 'Il y a un problème',
  },
} as const;

/** Fills the practice form as a visitor would; `consent: false` leaves the box unticked. */
async function share(
  page: Page,
  lang: keyof typeof WORDS,
  practice: { title: string; consent?: boolean },
): Promise<void> {
  const words = WORDS[lang];
  // The footer's newsletter form has an email field and theme boxes too.
  const form = page.getByRole('region', { name: words.region });
  const title = form.getByRole('textbox', { name: words.title, exact: true });
  await title.waitFor();
  const shownAt = Date.now();
  await title.fill(practice.title);
  await form
    .getByRole('textbox', { name: words.summary, exact: true })
    .fill('Three neighbouring co-ops buy and look after one trailer together.');
  await form
    .getByRole('textbox', { name: words.body, exact: true })
    .fill('We book it in a shared calendar.\n\n- a maintenance fund\n- **simple** rules');
  await form.getByRole('checkbox', { name: words.theme }).check();
  await form.getByRole('textbox', { name: words.name, exact: true }).fill('Odile Ferland-Batista');
  await form.getByRole('textbox', { name: words.email, exact: true }).fill('odile@quai.example');
  if (practice.consent ?? true) await form.getByRole('checkbox', { name: words.consent }).check();
  const wait = BOT_CHECK_MS - (Date.now() - shownAt);
  if (wait > 0) await page.waitForTimeout(wait);
  await form.getByRole('button', { name: words.submit, exact: true }).click();
}

async function communityTitles(): Promise<string[]> {
  const answer = await send(fresh.demo.origin, { method: 'GET', path: '/community.json' });
  // The browser may keep the file, but must ask again before using it: an approval shows on the
  // next visit. (No validator is sent, so asking again fetches it whole.)
  expect(answer.headers['cache-control']).toBe('no-cache');
  const community = answer.body as { practices: Array<{ title: Record<string, string> }> };
  return community.practices.map((practice) => Object.values(practice.title).join(' / '));
}

/** The id and status of the one submission kept so far. */
function onlySubmission(): { id: number; status: string } {
  const store = PracticeStore.open(fresh.data.dir, { readonly: true });
  try {
    const rows = store.list();
    expect(rows).toHaveLength(1);
    return { id: rows[0]!.id, status: rows[0]!.status };
  } finally {
    store.close();
  }
}

describe('the practices page', () => {
  it('shares a practice (en); once approved, the library on the page finds it and opens it', async () => {
    const { page } = fresh.session;
    await page.goto(`${fresh.demo.origin}${WORDS.en.page}`);
    await share(page, 'en', { title: 'One trailer for three co-ops' });
    await seeText(page, WORDS.en.received);

    const store = PracticeStore.open(fresh.data.dir, { readonly: true });
    let id: number;
    try {
      const [row] = store.list();
      expect(row).toMatchObject({
        status: 'submitted',
        submission: {
          language: 'en',
          title: 'One trailer for three co-ops',
          themeIds: ['economie-circulaire'],
          contactEmail: 'odile@quai.example',
          consent: { language: 'en', pageUrl: `${fresh.demo.origin}${WORDS.en.page}` },
        },
      });
      expect(row!.submission.consent.statement).toContain(
        'Once Coopérative Exemple has reviewed it',
      );
      id = row!.id;
    } finally {
      store.close();
    }
    expect(await communityTitles()).not.toContain('One trailer for three co-ops');

    // The library above the form read the community file before the approval.
    const library = page.locator('gics-practices');
    await library
      .locator('[part="count"]')
      .filter({ hasText: /\d+ practices/ })
      .waitFor();
    expect(await library.getByRole('link', { name: 'One trailer for three co-ops' }).count()).toBe(
      0,
    );

    const approved = await moderate(fresh.data.dir, 'approve', String(id));
    expect(approved.code).toBe(0);
    expect(await communityTitles()).toContain('One trailer for three co-ops');
    // The page is rendered again with it: it is in the HTML, for readers without JavaScript.
    const html = await send(fresh.demo.origin, { method: 'GET', path: WORDS.en.page });
    expect(html.body).toContain('One trailer for three co-ops');

    // The visitor comes back to the page (an ordinary visit, with the browser's cache).
    await page.goto(`${fresh.demo.origin}${WORDS.en.page}`);
    await library.getByRole('searchbox', { name: WORDS.en.search }).fill('trailer for three');
    await library.locator('[part="count"]').filter({ hasText: WORDS.en.oneFound }).waitFor();
    await library.getByRole('link', { name: 'One trailer for three co-ops' }).click();
    const dialog = page.getByRole('dialog', { name: 'One trailer for three co-ops' });
    await dialog.waitFor();
    expect(new URL(page.url()).hash).toBe(`#practice-shared-${id}`);
    // The body as the safe Markdown subset, the author as published, the contact address never.
    await dialog.locator('strong', { hasText: 'simple' }).waitFor();
    await dialog.getByText('Odile Ferland-Batista').first().waitFor();
    expect(await dialog.innerText()).not.toContain('odile@quai.example');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('keeps every value and names what is missing (fr), then takes the fixed form', async () => {
    const { page } = fresh.session;
    await page.goto(`${fresh.demo.origin}${WORDS.fr.page}`);
    await share(page, 'fr', { title: 'Une remorque pour trois coopératives', consent: false });
    await seeText(page, WORDS.fr.problem);
    await seeText(page, 'Cochez la case pour accepter la publication de la pratique');
    expect(
      await page.getByRole('textbox', { name: WORDS.fr.title, exact: true }).inputValue(),
    ).toBe('Une remorque pour trois coopératives');

    const form = page.getByRole('region', { name: WORDS.fr.region });
    await form.getByRole('checkbox', { name: WORDS.fr.consent }).check();
    await page.getByRole('button', { name: WORDS.fr.submit, exact: true }).click();
    await seeText(page, WORDS.fr.received);
    const listed = await moderate(fresh.data.dir, 'list', 'submitted');
    expect(listed.stdout).toContain('Une remorque pour trois coopératives');

    // Approved, it has an address of its own on the page: the dialog opens from it.
    const { id, status } = onlySubmission();
    expect(status).toBe('submitted');
    expect((await moderate(fresh.data.dir, 'approve', String(id))).code).toBe(0);
    // Followed from elsewhere (a link in an email, say): a new visit, not a jump on this page.
    await page.goto('about:blank');
    await page.goto(`${fresh.demo.origin}${WORDS.fr.page}#practice-shared-${id}`);
    const dialog = page.getByRole('dialog', { name: 'Une remorque pour trois coopératives' });
    await dialog.waitFor();
    await dialog.getByText('Odile Ferland-Batista').first().waitFor();
  });
});
