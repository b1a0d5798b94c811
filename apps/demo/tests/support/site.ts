/**
 * What a visitor reads on the demo's pages, in both languages, and the signup steps a visitor
 * takes, so each test says what it does in words rather than selectors.
 */
import type { Page } from 'playwright';

export const TEXT = {
  fr: {
    email: 'Adresse courriel',
    consent: /j’accepte de recevoir l’infolettre/,
    subscribe: 'S’abonner',
    subscribed: 'Merci! Votre abonnement à l’infolettre est confirmé.',
    already: 'Cette adresse est déjà abonnée.',
    unreachable: 'Impossible de joindre le service d’infolettre.',
    retry: 'Réessayer',
    circular: 'Économie circulaire',
    allWorkshops: '12\u00a0ateliers',
  },
  en: {
    email: 'Email address',
    consent: /I agree to receive the newsletter/,
    subscribe: 'Subscribe',
    subscribed: 'Thank you! You are subscribed to the newsletter.',
    already: 'This address is already subscribed.',
    unreachable: 'We could not reach the newsletter service.',
    retry: 'Try again',
    circular: 'Circular economy',
    allWorkshops: '12 workshops',
  },
} as const;

export type Lang = keyof typeof TEXT;

/**
 * The signup form treats a submit sooner than 1.5 s after it appeared as a bot's, and answers it
 * with a fake success without sending anything. A person takes longer than that; a test must too.
 */
const BOT_CHECK_MS = 1600;

/** Fills the footer's signup form and submits it, as a visitor would. */
export async function signUp(
  page: Page,
  lang: Lang,
  email: string,
  options: { topics?: string[] } = {},
): Promise<void> {
  const text = TEXT[lang];
  const field = page.getByRole('textbox', { name: text.email });
  // The form's anti-bot clock starts when the form appears, which is once its module has loaded.
  await field.waitFor();
  const shownAt = Date.now();
  await field.fill(email);
  for (const topic of options.topics ?? []) {
    await page.getByRole('checkbox', { name: topic }).check();
  }
  await page.getByRole('checkbox', { name: text.consent }).check();
  const wait = BOT_CHECK_MS - (Date.now() - shownAt);
  if (wait > 0) await page.waitForTimeout(wait);
  await page.getByRole('button', { name: text.subscribe, exact: true }).click();
}

/** Resolves once `text` is shown on the page (fails the test after Playwright's timeout). */
export async function seeText(page: Page, text: string | RegExp): Promise<void> {
  await page.getByText(text).first().waitFor({ state: 'visible' });
}
