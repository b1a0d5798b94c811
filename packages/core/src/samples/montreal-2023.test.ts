import { describe, expect, it } from 'vitest';
import { parseSummit } from '../summit/worded.js';
import { montreal2023 } from './montreal-2023.js';

function parsed() {
  const result = parseSummit(montreal2023);
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.summit;
}

/** WCAG relative luminance of a `#rrggbb` colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((start) => {
    const channel = Number.parseInt(hex.slice(start, start + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

describe('the Montréal 2023 sample', () => {
  it('parses without a single problem or warning, in both modes', () => {
    expect(parseSummit(montreal2023)).toMatchObject({ ok: true, warnings: [] });
    expect(parseSummit(montreal2023, { mode: 'lenient' })).toMatchObject({
      ok: true,
      warnings: [],
    });
  });

  it('is the GICS Montréal 2023 summit, over three days in May', () => {
    const summit = parsed();
    expect(summit).toMatchObject({
      id: 'gics-montreal-2023',
      year: 2023,
      timeZone: 'America/Montreal',
      startDate: '2023-05-16',
      endDate: '2023-05-18',
    });
    const days = new Set(summit.workshops.map((workshop) => workshop.start.slice(0, 10)));
    expect([...days].sort()).toEqual(['2023-05-16', '2023-05-17', '2023-05-18']);
    for (const workshop of summit.workshops) {
      expect(workshop.start).toMatch(/-04:00$/);
      expect(workshop.end).toMatch(/-04:00$/);
    }
  });

  it('has twelve workshops, four for each of its three themes', () => {
    const summit = parsed();
    expect(summit.themes.map((theme) => theme.id)).toEqual([
      'leadership-cooperatif',
      'economie-circulaire',
      'numerisation',
    ]);
    expect(summit.workshops).toHaveLength(12);
    for (const theme of summit.themes) {
      const inTheme = summit.workshops.filter((workshop) => workshop.themeIds.includes(theme.id));
      expect(inTheme, theme.id).toHaveLength(4);
    }
  });

  it('gives each theme its own colour, readable with white text (WCAG AA)', () => {
    const colors = parsed().themes.map((theme) => theme.color!);
    expect(new Set(colors).size).toBe(3);
    for (const color of colors) {
      const contrast = 1.05 / (luminance(color) + 0.05);
      expect(contrast, color).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('has two sessions at the same time, to demonstrate conflicts', () => {
    const workshops = parsed().workshops;
    const overlapping = workshops.flatMap((a, index) =>
      workshops
        .slice(index + 1)
        .filter(
          (b) => Date.parse(a.start) < Date.parse(b.end) && Date.parse(b.start) < Date.parse(a.end),
        )
        .map((b) => [a.id, b.id]),
    );
    expect(overlapping).toEqual([['numerique-inclusif', 'modeles-affaires-circulaires']]);
  });

  it('mixes formats, languages and kinds of members', () => {
    const summit = parsed();
    const formats = new Set(summit.workshops.map((workshop) => workshop.format));
    expect([...formats].sort()).toEqual(['keynote', 'panel', 'plenary', 'workshop']);
    const languages = new Set(summit.workshops.map((workshop) => workshop.language));
    expect([...languages].sort()).toEqual(['bilingual', 'en', 'fr']);
    const kinds = new Set(summit.members.map((member) => member.kind));
    expect([...kinds].sort()).toEqual(['academic', 'cooperative', 'individual', 'mutual']);
    expect(summit.practices.length).toBeGreaterThanOrEqual(4);
    expect(summit.practices.length).toBeLessThanOrEqual(6);
  });

  it('has every text in both languages, the French one properly spaced', () => {
    const summit = parsed();
    const texts = [
      summit.name,
      ...summit.themes.flatMap((theme) => [theme.name, theme.description]),
      ...summit.workshops.flatMap((w) => [w.title, w.summary, w.description, w.room]),
      ...summit.practices.flatMap((practice) => [practice.title, practice.summary]),
    ];
    for (const text of texts) {
      expect(typeof text).toBe('object');
      if (typeof text !== 'object') continue;
      expect(text.fr?.trim(), JSON.stringify(text)).toBeTruthy();
      expect(text.en?.trim(), JSON.stringify(text)).toBeTruthy();
      expect(text.fr).not.toBe(text.en);
      expect(text.fr, text.fr).not.toMatch(/ [:;!?»]|« /);
    }
  });

  it('uses fictional organisations and people, with example.org addresses only', () => {
    const summit = parsed();
    const urls = [...summit.members, ...summit.workshops, ...summit.practices].flatMap((record) =>
      record.url ? [record.url] : [],
    );
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(new URL(url).hostname).toBe('example.org');
  });
});
