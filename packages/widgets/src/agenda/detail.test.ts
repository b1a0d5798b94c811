/**
 * The workshop dialog's text, as a visitor meets it: Markdown summaries and descriptions
 * rendered (links, lists, emphasis, code) and never interpreted as HTML, the subtitle, the
 * source's own format label and the workshop's links; the cards' plain summary.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { parseSummit, type Summit, type WorkshopInput } from '@gics/core';
import { montreal2023 } from '@gics/core/samples/montreal-2023';
import '../define/gics-agenda.js';
import type { GicsAgenda } from './agenda.js';
import { cleanupFixtures, expectNoAxeViolations, spokenText } from '../testing/helpers.js';
import { $, $$, mountAgenda, text, until } from './testing/helpers.js';

declare global {
  interface Window {
    /** Set by the hostile text below if any of it ever ran. */
    gicsInjected?: number;
  }
}

afterEach(cleanupFixtures);

const SUMMARY =
  'Un atelier sur **la gouvernance** des données, _pas à pas_, avec `git`. ' +
  'Voir [le guide](https://example.org/guide "Guide").';

const DESCRIPTION = [
  '## Au programme',
  '',
  '- les licences *libres*',
  '- les [registres publics](https://example.org/registres)',
  '',
  '1. Écouter',
  '2. Construire',
  '',
  'Écrivez-nous : <mailto:atelier@example.org>, ou lisez https://example.org/faq.',
  'Un [piège](javascript:window.gicsInjected=1) et un [autre](data:text/html,<b>x</b>).',
  '<script>window.gicsInjected = 2</script>',
  '<img src="missing.png" onerror="window.gicsInjected = 3">',
].join('\n');

/** The sample summit whose first workshop has rich Markdown, a subtitle, links and its own format. */
function richSummit(changes: Partial<WorkshopInput> = {}): Summit {
  const [first, ...others] = montreal2023.workshops;
  const workshop: WorkshopInput = {
    ...first!,
    subtitle: { fr: 'Un sous-titre de l’atelier', en: 'A subtitle for the workshop' },
    summary: SUMMARY,
    description: DESCRIPTION,
    format: 'other',
    formatLabel: 'Podiumsdiskussion',
    url: 'https://example.org/session',
    links: [
      { url: 'https://example.org/session' },
      { url: 'https://example.org/diapos.pdf', title: { fr: 'Diapositives', en: 'Slides' } },
      { url: 'https://video.example.org/v/42' },
    ],
    ...changes,
  };
  const parsed = parseSummit({ ...montreal2023, workshops: [workshop, ...others] });
  if (!parsed.ok) throw new Error(parsed.problems.map((problem) => problem.where).join(', '));
  return parsed.summit;
}

async function openFirst(
  summit: Summit,
  lang = 'fr',
): Promise<{ agenda: GicsAgenda; dialog: HTMLDialogElement }> {
  const { agenda } = await mountAgenda('', { summit, lang });
  agenda.open(summit.workshops[0]!.id);
  await until(() => $$(agenda, 'dialog[open] h2').length === 1);
  await agenda.updateComplete;
  return { agenda, dialog: $<HTMLDialogElement>(agenda, 'dialog') };
}

describe('workshop dialog: Markdown text', () => {
  it('shows the subtitle, then the summary, then the description, both rendered', async () => {
    const { dialog } = await openFirst(richSummit());
    const subtitle = dialog.querySelector('.subtitle')!;
    expect(text(subtitle)).toBe('Un sous-titre de l’atelier');
    const summary = dialog.querySelector('.abstract')!;
    expect(text(summary)).toBe(
      'Un atelier sur la gouvernance des données, pas à pas, avec git. Voir le guide (s’ouvre dans un nouvel onglet).',
    );
    expect(text(summary.querySelector('strong'))).toBe('la gouvernance');
    expect(text(summary.querySelector('em'))).toBe('pas à pas');
    expect(text(summary.querySelector('code'))).toBe('git');
    const heading = [...dialog.querySelectorAll('.description strong')].find(
      (element) => text(element) === 'Au programme',
    )!;
    // Title, subtitle, summary, description, in reading order.
    const follows = (a: Node, b: Node) =>
      Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    expect(follows(dialog.querySelector('h2')!, subtitle)).toBe(true);
    expect(follows(subtitle, summary)).toBe(true);
    expect(follows(summary, heading)).toBe(true);
    expect(text(dialog)).not.toMatch(/\*\*|\]\(|`|##/);
  });

  it('makes real links of http, https and mailto addresses only', async () => {
    const { dialog } = await openFirst(richSummit());
    const links = [...dialog.querySelectorAll<HTMLAnchorElement>('.description a')];
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      'https://example.org/guide',
      'https://example.org/registres',
      'mailto:atelier@example.org',
      'https://example.org/faq',
    ]);
    for (const link of links.filter((link) => link.protocol === 'https:')) {
      expect(link.target).toBe('_blank');
      expect(link.rel).toBe('noopener noreferrer');
    }
    expect(text(links[0])).toBe('le guide (s’ouvre dans un nouvel onglet)');
    // Links to other schemes keep their words and lose their address.
    const description = text(dialog.querySelector('.description'));
    expect(description).toContain('Un piège et un autre.');
    expect(description).not.toContain('javascript:');
    expect(description).not.toContain('data:');
    for (const element of dialog.querySelectorAll('.description *')) {
      expect([...element.attributes].map((attribute) => attribute.name)).toEqual(
        expect.not.arrayContaining(['onerror', 'src', 'style']),
      );
    }
  });

  it('shows HTML in the text as text and never runs it', async () => {
    window.gicsInjected = 0;
    const { dialog } = await openFirst(richSummit());
    const description = text(dialog.querySelector('.description'));
    expect(description).toContain('<script>window.gicsInjected = 2</script>');
    expect(description).toContain('<img src="missing.png" onerror="window.gicsInjected = 3">');
    expect(dialog.querySelector('script, img, iframe')).toBeNull();
    // Long enough for a broken image's error event to have fired.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(window.gicsInjected).toBe(0);
  });

  it('gives lists their list and list item roles', async () => {
    await openFirst(richSummit());
    const dialog = page.getByRole('dialog');
    const lists = await dialog.getByRole('list').elements();
    // The themes, two in the description, then the links, then the speakers.
    expect(lists.map((list) => list.localName)).toEqual(['ul', 'ul', 'ol', 'ul', 'ul']);
    const items = await dialog.getByRole('list').nth(1).getByRole('listitem').elements();
    expect(items.map((item) => text(item))).toEqual([
      'les licences libres',
      'les registres publics (s’ouvre dans un nouvel onglet)',
    ]);
    const steps = await dialog.getByRole('list').nth(2).getByRole('listitem').elements();
    expect(steps.map((item) => text(item))).toEqual(['Écouter', 'Construire']);
  });

  it('lists the links after the page, by title or address, and names the source’s format', async () => {
    const { agenda, dialog } = await openFirst(richSummit(), 'en');
    const links = [...dialog.querySelectorAll<HTMLAnchorElement>('.links a')];
    expect(links.map((link) => [text(link), link.href])).toEqual([
      ['Slides (opens in a new tab)', 'https://example.org/diapos.pdf'],
      ['https://video.example.org/v/42 (opens in a new tab)', 'https://video.example.org/v/42'],
    ]);
    expect(text(dialog.querySelector('.facts'))).toContain('Format Podiumsdiskussion');
    // The card says it too, and shows the summary without its marks.
    const card = $(agenda, `[data-id="${montreal2023.workshops[0]!.id}"]`);
    expect(text(card.querySelector('.card-facts'))).toContain('Podiumsdiskussion');
    expect(text(card.querySelector('.card-summary'))).toBe(
      'Un atelier sur la gouvernance des données, pas à pas, avec git. Voir le guide.',
    );
  });

  it('names a talk in both languages', async () => {
    for (const [lang, label] of [
      ['fr', 'Présentation'],
      ['en', 'Talk'],
    ]) {
      const { agenda, dialog } = await openFirst(
        richSummit({ format: 'talk', formatLabel: 'Talk 30 min + 10 min Q&A' }),
        lang,
      );
      expect(text(dialog.querySelector('.facts'))).toContain(label);
      expect(text($(agenda, '.card-facts'))).toContain(label);
      cleanupFixtures();
    }
  });

  it('lists its themes one by one, and keeps each term’s colon on its line', async () => {
    const themeIds = montreal2023.themes.map((theme) => theme.id);
    for (const [lang, colon] of [
      ['fr', '"\u00a0:"'],
      ['en', '":"'],
    ] as const) {
      const { dialog } = await openFirst(richSummit({ themeIds }), lang);
      const list = dialog.querySelector('.facts .badges')!;
      expect(list.getAttribute('role')).toBe('list');
      expect([...list.querySelectorAll(':scope > li')].map(spokenText)).toEqual(
        montreal2023.themes.map((theme) => (theme.name as Record<string, string>)[lang]),
      );
      for (const term of dialog.querySelectorAll('.facts dt')) {
        expect(getComputedStyle(term, '::after').content).toBe(colon);
      }
      cleanupFixtures();
    }
  });

  it('has no axe violations with rich Markdown, in light and dark', async () => {
    const { agenda } = await openFirst(richSummit());
    await expectNoAxeViolations(agenda);
    agenda.setAttribute('color-scheme', 'dark');
    await agenda.updateComplete;
    await expectNoAxeViolations(agenda);
  });
});
