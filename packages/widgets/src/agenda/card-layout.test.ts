/**
 * How a workshop card uses its width in the agenda: the favourite star sits in the card's top
 * corner, beside the time and the title, which leave it room; the lines below them (summary,
 * themes, facts, speakers) take the card's whole width, which matters most on a phone.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { montreal2023 } from '@gics/core/samples/montreal-2023';
import '../define/gics-agenda.js';
import { cleanupFixtures } from '../testing/helpers.js';
import { $$, mountAgenda } from './testing/helpers.js';

afterEach(() => cleanupFixtures());

const box = (element: Element) => element.getBoundingClientRect();

describe('a workshop card in the agenda', () => {
  it.each(['320px', '1000px'])(
    'keeps the star clear of the time and title, and gives the summary the width below it (%s)',
    async (width) => {
      const { agenda } = await mountAgenda('', { summit: montreal2023, width, lang: 'fr' });
      const cards = $$(agenda, 'article.card');
      expect(cards.length).toBe(montreal2023.workshops.length);
      for (const card of cards) {
        const star = box(card.querySelector('.fav')!);
        const cardBox = box(card);
        for (const row of ['.card-time', '.card-title']) {
          const rowElement = card.querySelector(row)!;
          // Beside the star, nothing runs under it: the row's text ends before the star begins.
          const textEnd =
            box(rowElement).right - Number.parseFloat(getComputedStyle(rowElement).paddingRight);
          expect(textEnd).toBeLessThanOrEqual(star.left);
        }
        const summary = card.querySelector('.card-summary');
        if (!summary) continue;
        const summaryBox = box(summary);
        // Below the star...
        expect(summaryBox.top).toBeGreaterThanOrEqual(star.bottom);
        // ...a summary takes the width the star leaves free above it, up to its readable measure.
        const inner = cardBox.right - Number.parseFloat(getComputedStyle(card).paddingRight);
        const measure = Number.parseFloat(getComputedStyle(summary).maxWidth);
        const free = Math.min(inner, summaryBox.left + measure);
        expect(Math.abs(summaryBox.right - free)).toBeLessThanOrEqual(1);
        if (free === inner) expect(summaryBox.right).toBeGreaterThan(star.left);
      }
    },
  );
});
