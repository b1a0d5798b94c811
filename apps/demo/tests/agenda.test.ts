/**
 * The agenda page as a visitor uses it: filter, open a workshop, keep a favourite across a
 * reload, download a workshop's calendar file, look at the grid. Each test has its own server,
 * data directory and browser profile. The page arrives pre-rendered: each test acts once the
 * agenda has taken it over (`live`).
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import { useFreshDemo } from './support/fresh-demo.js';
import { TEXT } from './support/site.js';

// Whatever a test did, no page of it may have broken the policy or logged an error.
const fresh = useFreshDemo({ cleanPages: true });

const CIRCULAR_WORKSHOP = 'Mapping your co-op’s material flows';
const DIGITAL_WORKSHOP = 'Platform co-ops: who owns the data?';

/**
 * Waits until the pre-rendered agenda is live: its element defined and hydrated, and the
 * page's requests done (the signup's topics), so what a test then clicks or counts is its own.
 */
async function live(page: Page): Promise<void> {
  await page.waitForFunction(async () => {
    const agenda = document.querySelector('gics-agenda') as
      (HTMLElement & { updateComplete?: Promise<boolean> }) | null;
    if (!agenda?.updateComplete) return false;
    await agenda.updateComplete;
    return true;
  });
  await page.waitForLoadState('networkidle');
}

/** Turns an iCalendar file's folded lines (RFC 5545 §3.1) back into whole lines. */
function unfold(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, '').split(/\r\n/);
}

describe('agenda', () => {
  it('filters by theme, then opens a workshop and closes it with Escape', async () => {
    const { page } = fresh.session;
    await page.goto(`${fresh.demo.origin}/en/agenda/`);
    await live(page);
    const count = page.getByRole('status').filter({ hasText: 'workshops' });
    await count.filter({ hasText: TEXT.en.allWorkshops }).waitFor();
    await page.getByRole('button', { name: DIGITAL_WORKSHOP, exact: true }).waitFor();

    // A pressed chip adds a check mark before its name.
    const chip = page
      .getByRole('group', { name: 'Themes' })
      .getByRole('button', { name: /Circular economy$/ });
    await chip.click();
    expect(await chip.getAttribute('aria-pressed')).toBe('true');
    await count.filter({ hasText: '4 of 12 workshops' }).waitFor();
    await page
      .getByRole('button', { name: DIGITAL_WORKSHOP, exact: true })
      .waitFor({ state: 'detached' });

    const title = page.getByRole('button', { name: CIRCULAR_WORKSHOP, exact: true });
    await title.click();
    const dialog = page.getByRole('dialog', { name: CIRCULAR_WORKSHOP });
    await dialog.waitFor();
    await dialog.getByText('When').waitFor();
    await dialog.getByRole('button', { name: 'Download (.ics)' }).waitFor();

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await title.evaluate((button) => button.matches(':focus'))).toBe(true);
  });

  it('gives search engines the programme as schema.org JSON-LD, under the same strict policy', async () => {
    const { page } = fresh.session;
    await page.goto(`${fresh.demo.origin}/fr/agenda/`);
    await live(page);
    const block = page.locator('gics-agenda > script[type="application/ld+json"]');
    await block.waitFor({ state: 'attached' });
    const data = JSON.parse((await block.textContent())!) as {
      '@type': string;
      name: string;
      subEvent: Array<{ name: string; startDate: string; url: string }>;
    };
    expect(data['@type']).toBe('Event');
    expect(data.name).toBe('Sommet mondial des coopératives innovantes — Montréal 2023');
    expect(data.subEvent).toHaveLength(12);
    expect(data.subEvent[0]!.url).toMatch(new RegExp(`^${fresh.demo.origin}/fr/agenda/#workshop-`));
    // The page's own policy report (see `cleanPages`) stays empty: JSON-LD is data, not script.
  });

  it('refreshes the programme in place: an unchanged one changes nothing on the page', async () => {
    const { page } = fresh.session;
    let requests = 0;
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/summit.json') requests += 1;
    });
    await page.goto(`${fresh.demo.origin}/en/agenda/`);
    await live(page);
    await page.getByRole('button', { name: DIGITAL_WORKSHOP, exact: true }).waitFor();
    const before = requests;
    await page.evaluate(() =>
      (
        document.querySelector('gics-agenda') as HTMLElement & {
          checkForUpdates(): Promise<void>;
        }
      ).checkForUpdates(),
    );
    // Asked the server again (the widget's own tests see the 304 a browser cache gets), and
    // said nothing: nothing changed.
    expect(requests).toBe(before + 1);
    expect(
      await page
        .locator('gics-agenda')
        .evaluate((agenda) => agenda.shadowRoot!.querySelector('[part="update"]')!.textContent),
    ).toBe('');
    await page.getByRole('button', { name: DIGITAL_WORKSHOP, exact: true }).waitFor();
  });

  it('keeps a favourite after a reload, and lists it in “Mon programme”', async () => {
    const { page } = fresh.session;
    const title = 'Cartographier les flux de matières de sa coopérative';
    await page.goto(`${fresh.demo.origin}/fr/agenda/`);
    await live(page);
    const star = page.getByRole('button', { name: `Ajouter à mon programme\u00a0: ${title}` });
    await star.click();
    expect(await star.getAttribute('aria-pressed')).toBe('true');

    await page.reload();
    await live(page);
    await page.getByRole('status').filter({ hasText: TEXT.fr.allWorkshops }).waitFor();
    expect(await star.getAttribute('aria-pressed')).toBe('true');

    await page.getByRole('button', { name: /^Mon programme\s*1$/ }).click();
    await page.getByRole('button', { name: title, exact: true }).waitFor();
    await page
      .getByRole('button', { name: 'Le leadership coopératif face à l’urgence climatique' })
      .waitFor({ state: 'detached' });
  });

  it('downloads a workshop as an .ics file for the visitor’s calendar', async () => {
    const { page } = fresh.session;
    await page.goto(`${fresh.demo.origin}/en/agenda/`);
    await live(page);
    await page.getByRole('button', { name: CIRCULAR_WORKSHOP, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: CIRCULAR_WORKSHOP });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download (.ics)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    const lines = unfold(await readFile(await download.path(), 'utf8'));
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('BEGIN:VEVENT');
    expect(lines).toContain(`SUMMARY:${CIRCULAR_WORKSHOP}`);
    expect(lines.filter(Boolean).at(-1)).toBe('END:VCALENDAR');
  });

  it('shows the rooms × time grid', async () => {
    const { page } = fresh.session;
    await page.goto(`${fresh.demo.origin}/en/agenda/`);
    await live(page);
    await page.getByRole('button', { name: 'Grid', exact: true }).click();
    await page.getByRole('tab', { name: /16/ }).waitFor();
    await page
      .getByRole('button', {
        name: 'Co-operative leadership in the climate emergency',
        exact: true,
      })
      .waitFor();
  });
});
