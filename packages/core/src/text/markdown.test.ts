import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  markdownToPlainText,
  parseMarkdown,
  type MarkdownBlock,
  type MarkdownInline,
} from './markdown.js';

const text = (value: string): MarkdownInline => ({ type: 'text', text: value });
const paragraph = (...children: MarkdownInline[]): MarkdownBlock => ({
  type: 'paragraph',
  children,
});

/** What a reader of the rendered blocks sees, written out the way `markdownToPlainText` does. */
function renderedText(blocks: MarkdownBlock[]): string {
  const inline = (nodes: MarkdownInline[]): string =>
    nodes
      .map((node) =>
        node.type === 'text' || node.type === 'code'
          ? node.text
          : node.type === 'break'
            ? '\n'
            : inline(node.children),
      )
      .join('');
  return blocks
    .map((block) =>
      block.type === 'paragraph'
        ? inline(block.children)
        : block.items
            .map(
              (item, index) =>
                (block.type === 'bulletList' ? '• ' : `${block.start + index}. `) + inline(item),
            )
            .join('\n'),
    )
    .join('\n\n');
}

function links(blocks: MarkdownBlock[]): Extract<MarkdownInline, { type: 'link' }>[] {
  const found: Extract<MarkdownInline, { type: 'link' }>[] = [];
  const walk = (nodes: MarkdownInline[]) => {
    for (const node of nodes) {
      if (node.type === 'link') found.push(node);
      if ('children' in node) walk(node.children);
    }
  };
  for (const block of blocks) {
    if (block.type === 'paragraph') walk(block.children);
    else block.items.forEach(walk);
  }
  return found;
}

const words = (value: string) => value.split(/\s+/).filter(Boolean);

describe('parseMarkdown: blocks', () => {
  it('reads paragraphs separated by blank lines, and keeps every line break inside one', () => {
    expect(parseMarkdown('Première ligne\n  deuxième ligne\n\n\n\rSecond paragraph\r\n')).toEqual([
      paragraph(text('Première ligne'), { type: 'break' }, text('deuxième ligne')),
      paragraph(text('Second paragraph')),
    ]);
  });

  it('reads bullet and numbered lists, one level, an indented item joining the list', () => {
    expect(parseMarkdown('- un\n* deux\n    + trois\n\n3. three\n4) four')).toEqual([
      { type: 'bulletList', items: [[text('un')], [text('deux')], [text('trois')]] },
      { type: 'orderedList', start: 3, items: [[text('three')], [text('four')]] },
    ]);
  });

  it('lets a list interrupt a paragraph, and a line after an item continue it', () => {
    expect(parseMarkdown('Au programme :\n- ateliers\n  en petits groupes\n- plénière')).toEqual([
      paragraph(text('Au programme :')),
      {
        type: 'bulletList',
        items: [
          [text('ateliers'), { type: 'break' }, text('en petits groupes')],
          [text('plénière')],
        ],
      },
    ]);
  });

  it('keeps a numbered line inside a paragraph as text unless it starts a list at 1', () => {
    expect(parseMarkdown('Our co-op was founded in\n2014. A good year.')).toEqual([
      paragraph(text('Our co-op was founded in'), { type: 'break' }, text('2014. A good year.')),
    ]);
    expect(parseMarkdown('Steps:\n1. Listen\n1. Build')).toEqual([
      paragraph(text('Steps:')),
      { type: 'orderedList', start: 1, items: [[text('Listen')], [text('Build')]] },
    ]);
  });

  it('turns a heading into a paragraph in bold and leaves other block syntax as text', () => {
    expect(parseMarkdown('## Objectifs\nApprendre\n#motclic\n> citation\n```\ncode\n```')).toEqual([
      paragraph({ type: 'strong', children: [text('Objectifs')] }),
      paragraph(
        text('Apprendre'),
        { type: 'break' },
        text('#motclic'),
        { type: 'break' },
        text('> citation'),
        { type: 'break' },
        text('```'),
        { type: 'break' },
        text('code'),
        { type: 'break' },
        text('```'),
      ),
    ]);
  });

  it('returns no block for empty or blank text', () => {
    expect(parseMarkdown('')).toEqual([]);
    expect(parseMarkdown(' \n\t\n')).toEqual([]);
    expect(parseMarkdown('#')).toEqual([]);
  });
});

describe('parseMarkdown: inline', () => {
  const inline = (source: string) => {
    const [block] = parseMarkdown(source);
    return block?.type === 'paragraph' ? block.children : undefined;
  };

  it('reads strong, emphasis and code, with emphasis of the other mark nested', () => {
    expect(inline('**gras** et __fort *et penché* ici__, _penché_, `npm run build`')).toEqual([
      { type: 'strong', children: [text('gras')] },
      text(' et '),
      {
        type: 'strong',
        children: [
          text('fort '),
          { type: 'emphasis', children: [text('et penché')] },
          text(' ici'),
        ],
      },
      text(', '),
      { type: 'emphasis', children: [text('penché')] },
      text(', '),
      { type: 'code', text: 'npm run build' },
    ]);
  });

  it('leaves an underscore inside a word, a lone star and escaped marks as text', () => {
    expect(inline('snake_case_name, 2 * 3 * 4, \\*pas penché\\*, **')).toEqual([
      text('snake_case_name, 2 * 3 * 4, *pas penché*, **'),
    ]);
  });

  it('makes links of http, https and mailto addresses, with marks inside their text', () => {
    expect(
      inline(
        'Voir [le **guide**](https://example.org/guide_(v2) "Guide"), <mailto:info@example.org> et https://example.org/a_b.',
      ),
    ).toEqual([
      text('Voir '),
      {
        type: 'link',
        href: 'https://example.org/guide_(v2)',
        children: [text('le '), { type: 'strong', children: [text('guide')] }],
      },
      text(', '),
      {
        type: 'link',
        href: 'mailto:info@example.org',
        children: [text('mailto:info@example.org')],
      },
      text(' et '),
      {
        type: 'link',
        href: 'https://example.org/a_b',
        children: [text('https://example.org/a_b')],
      },
      text('.'),
    ]);
  });

  it('keeps the text of a link to any other address, and never loads an image', () => {
    expect(
      inline(
        '[clic](javascript:alert(1)) [local](/page) [data](data:text/html,x) ![photo](https://example.org/p.png) <javascript:alert(1)>',
      ),
    ).toEqual([
      text('clic local data '),
      { type: 'link', href: 'https://example.org/p.png', children: [text('photo')] },
      text(' <javascript:alert(1)>'),
    ]);
  });

  it('keeps HTML as text', () => {
    expect(inline('<script>alert(1)</script> <img src=x onerror="alert(1)">')).toEqual([
      text('<script>alert(1)</script> <img src=x onerror="alert(1)">'),
    ]);
  });

  it('puts no link inside a link', () => {
    expect(inline('[see https://example.org/x](https://example.org/y)')).toEqual([
      {
        type: 'link',
        href: 'https://example.org/y',
        children: [text('see https://example.org/x')],
      },
    ]);
  });
});

describe('markdownToPlainText', () => {
  it('removes the marks a card would otherwise show', () => {
    expect(
      markdownToPlainText(
        'Nous parlerons de **performance**, _accessibilité_ et de `lit` ([lien](https://example.org)).\n\n## Pour qui\n- les coops\n- les OBNL',
      ),
    ).toBe(
      'Nous parlerons de performance, accessibilité et de lit (lien).\n\nPour qui\n\n• les coops\n• les OBNL',
    );
  });

  it('numbers list items as the list shows them, and keeps line breaks', () => {
    expect(markdownToPlainText('Plan\n\n3. one\n1. two\n\nEnd\nline')).toBe(
      'Plan\n\n3. one\n4. two\n\nEnd\nline',
    );
  });
});

/** Text made of the characters Markdown gives a meaning to, and a few words. */
const markdownish = fc
  .array(
    fc.constantFrom(
      '*',
      '**',
      '_',
      '__',
      '`',
      '[',
      ']',
      '(',
      ')',
      '<',
      '>',
      '!',
      '\\',
      '#',
      '# ',
      '- ',
      '1. ',
      '2) ',
      ' ',
      '  ',
      '\n',
      '\n\n',
      '\r',
      'https://',
      'http://example.org',
      'mailto:',
      'javascript:',
      'data:',
      'vbscript:',
      '"',
      "'",
      '.',
      'é',
      'mot',
      'coop',
      '\u00a0',
      '\u2028',
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

/** Text with no Markdown meaning: words, spaces, line breaks and ordinary punctuation. */
const plainText = fc
  .array(
    fc.oneof(
      fc.stringMatching(/^[A-Za-zÀ-ÿ0-9’,.;:?'"%$@&=/-]{1,12}$/),
      fc.constantFrom(' ', '  ', '\n', '\n\n', '\t'),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''))
  // A line starting with "-" or a number followed by "." is a list item, not plain text.
  .filter((value) => !/^\s*(?:-|\d+\.)(?:\s|$)/m.test(value));

describe('properties', () => {
  it('never throws, on any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), markdownish), (value) => {
        parseMarkdown(value);
        markdownToPlainText(value);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives back the same words for plain text', () => {
    fc.assert(
      fc.property(plainText, (value) => {
        expect(words(markdownToPlainText(value))).toEqual(words(value));
        expect(words(renderedText(parseMarkdown(value)))).toEqual(words(value));
      }),
      { numRuns: 1000 },
    );
  });

  it('writes as plain text exactly what the parsed blocks show', () => {
    fc.assert(
      fc.property(markdownish, (value) => {
        expect(markdownToPlainText(value)).toBe(renderedText(parseMarkdown(value)));
      }),
      { numRuns: 3000 },
    );
  });

  it('makes links only to http, https and mailto addresses', () => {
    fc.assert(
      fc.property(markdownish, (value) => {
        for (const link of links(parseMarkdown(value))) {
          expect(link.href).toMatch(/^(?:https?:\/\/|mailto:)\S+$/i);
          // An address such as `http://a.orgx:y` is no URL at all: a browser goes nowhere.
          if (URL.canParse(link.href)) {
            expect(['http:', 'https:', 'mailto:']).toContain(new URL(link.href).protocol);
          }
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('takes time in proportion to the length of adversarial text', () => {
    const patterns = [
      '*',
      '_',
      '**a ',
      '**a*',
      '*a**',
      '__a ',
      '*a ',
      '_a ',
      '`',
      '`a ',
      '[',
      '[a](',
      '[a](b "',
      '](',
      '(',
      '<',
      '<https://',
      'https://(',
      'http://x/(',
      'https://.',
      'a_',
      '\\',
      '- ',
      '1. ',
      '# ',
      ' \n',
    ];
    const nested = '['.repeat(25_000) + ']'.repeat(25_000);
    for (const source of [...patterns.map((pattern) => pattern.repeat(50_000)), nested]) {
      const started = performance.now();
      parseMarkdown(source);
      markdownToPlainText(source);
      // Work quadratic in 50,000 characters takes minutes; linear work a few milliseconds.
      expect(performance.now() - started, JSON.stringify(source.slice(0, 12))).toBeLessThan(2000);
    }
  });
});
