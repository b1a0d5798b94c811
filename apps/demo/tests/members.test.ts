/**
 * The members page as a visitor uses it: the list and the map side by side, a search, a marker
 * reached with the keyboard, a member's dialog, all under the demo's strict policy and without a
 * single request leaving the site's own origin (no map tiles, no fonts, no images elsewhere).
 */
import { describe, expect, it } from 'vitest';
import { useFreshDemo } from './support/fresh-demo.js';

// Whatever a test did, no page of it may have broken the policy or logged an error.
const fresh = useFreshDemo({ cleanPages: true });

describe('members', () => {
  it('shows the list and the map, searches, and opens a member from its marker with the keyboard', async () => {
    const { page } = fresh.session;
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).origin !== fresh.demo.origin) elsewhere.push(request.url());
    });
    await page.goto(`${fresh.demo.origin}/en/members/`);
    const count = page.locator('gics-members [part="count"]');
    await count.filter({ hasText: '18 members' }).waitFor();
    const marker = page.getByRole('button', {
      name: 'Cooperativa Remienda (ficticia), Oaxaca, Mexico',
    });
    await marker.waitFor();
    await page
      .getByRole('button', { name: 'Nyeri Example Dairy Co-operative', exact: true })
      .waitFor();

    await page.getByRole('searchbox', { name: 'Search' }).fill('oaxaca');
    await count.filter({ hasText: '1 member of 18' }).waitFor();

    await marker.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Cooperativa Remienda (ficticia)' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await marker.evaluate((button) => button.matches(':focus'))).toBe(true);

    // Zoom with the keyboard: the map's view changes, and 0 brings the world back.
    const svg = page.locator('gics-members .map-stage svg');
    const world = await svg.getAttribute('viewBox');
    await page.keyboard.press('+');
    await expect.poll(() => svg.getAttribute('viewBox')).not.toBe(world);
    await page.keyboard.press('0');
    await expect.poll(() => svg.getAttribute('viewBox')).toBe(world);
    expect(elsewhere).toEqual([]);
  });

  it('opens a member from a deep link, in French', async () => {
    const { page } = fresh.session;
    await page.goto(`${fresh.demo.origin}/fr/membres/#member-cooperative-thies`);
    const dialog = page.getByRole('dialog', { name: 'Coopérative maraîchère de Thiès Exemple' });
    await dialog.waitFor();
    await dialog.getByText('Thiès, Sénégal').waitFor();
  });
});
