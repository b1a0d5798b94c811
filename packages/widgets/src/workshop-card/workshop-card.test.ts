import { afterEach, describe, expect, it } from 'vitest';
import { localize, parseSummit, type Summit } from '@gics/core';
import { montreal2023 } from '@gics/core/samples/montreal-2023';
import '../define/gics-workshop-card.js';
import type { GicsWorkshopCard } from './workshop-card.js';
import { runElementBaseTests } from '../testing/element-base-tests.js';
import { cleanupFixtures, expectNoAxeViolations, fixture, spokenText } from '../testing/helpers.js';

afterEach(cleanupFixtures);

const parsed = parseSummit(montreal2023);
if (!parsed.ok) throw new Error('the sample summit must be valid');
const summit: Summit = parsed.summit;
const workshop = summit.workshops[0]!;

async function mountCard(
  attributes: string,
  lang = 'fr',
  shown: Summit['workshops'][number] = workshop,
): Promise<GicsWorkshopCard> {
  const wrapper = await fixture<HTMLElement>(
    `<div lang="${lang}"><gics-workshop-card ${attributes}></gics-workshop-card></div>`,
  );
  const card = wrapper.querySelector('gics-workshop-card')!;
  card.workshop = shown;
  card.summit = summit;
  await card.updateComplete;
  return card;
}

const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<gics-workshop-card>', () => {
  it('shows time, title, theme, format, language, room and speakers in French', async () => {
    const card = await mountCard('');
    const root = card.shadowRoot!;
    expect(text(root.querySelector('[part="card-time"]'))).toBe('9 h – 10 h');
    const heading = root.querySelector('[role="heading"]')!;
    expect(heading.getAttribute('aria-level')).toBe('3');
    expect(text(heading)).toBe(localize(workshop.title, 'fr'));
    const facts = text(root.querySelector('.card-facts'));
    expect(facts).toContain('Conférence d’ouverture');
    expect(facts).toContain('Bilingue');
    expect(facts).toContain('Grande salle');
    expect(text(root.querySelector('[part="label"]'))).toBe('Leadership coopératif');
  });

  it('speaks English, names another zone, and links only to web addresses', async () => {
    const card = await mountCard('time-zone="Europe/Paris" href="/ateliers/1"', 'en');
    const root = card.shadowRoot!;
    expect(text(root.querySelector('[part="card-time"]'))).toMatch(/^3:00\s?–\s?4:00\sp\.m\. /);
    expect(root.querySelector('a')!.getAttribute('href')).toBe('/ateliers/1');
    card.href = 'javascript:alert(1)';
    await card.updateComplete;
    expect(root.querySelector('a')).toBeNull();
  });

  it('says "Room" before a room to a screen reader only when the room’s name does not say it', async () => {
    const inRoom = (name: string) =>
      summit.workshops.find((candidate) => localize(candidate.room, 'en') === name)!;
    const roomFact = async (lang: string, name: string) => {
      const card = await mountCard('', lang, inRoom(name));
      const fact = [...card.shadowRoot!.querySelectorAll('.card-facts li')].at(-1)!;
      // Nothing between the dot before the fact and the room's name.
      expect(fact.textContent, name).toBe(fact.textContent!.trim());
      return spokenText(fact);
    };
    expect(await roomFact('fr', 'Maple Room')).toBe('Salle Érable');
    expect(await roomFact('fr', 'Main Hall')).toBe('Grande salle');
    expect(await roomFact('en', 'Maple Room')).toBe('Maple Room');
    expect(await roomFact('en', 'Main Hall')).toBe('Room Main Hall');
  });

  it('has no axe violations in light and dark', async () => {
    await expectNoAxeViolations(await mountCard('color-scheme="light" now'));
    await expectNoAxeViolations(await mountCard('color-scheme="dark" now', 'en'));
  });
});

runElementBaseTests<GicsWorkshopCard>('gics-workshop-card', (card) => {
  card.workshop = workshop;
  card.summit = summit;
});
