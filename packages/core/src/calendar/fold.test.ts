import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText } from './escape.js';
import { ContentLines } from './fold.js';

const encoder = new TextEncoder();
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The physical lines of one content line `NAME:value`, without their CRLF. */
function physicalLines(value: string, name = 'X'): string[] {
  const text = new ContentLines().property(name).text(value).end().toString();
  expect(text.endsWith('\r\n')).toBe(true);
  return text.slice(0, -2).split('\r\n');
}

describe('ContentLines folding', () => {
  it('leaves lines of up to 75 octets alone', () => {
    expect(physicalLines('a'.repeat(73))).toEqual([`X:${'a'.repeat(73)}`]);
    expect(physicalLines(`${'é'.repeat(36)}a`)).toEqual([`X:${'é'.repeat(36)}a`]);
  });

  it('folds with CRLF and one space, the space counting in the 75 octets', () => {
    expect(physicalLines('a'.repeat(73 + 74 + 1))).toEqual([
      `X:${'a'.repeat(73)}`,
      ` ${'a'.repeat(74)}`,
      ' a',
    ]);
  });

  it('never cuts a multi-byte character, a surrogate pair or an escape', () => {
    expect(physicalLines(`${'a'.repeat(72)}é`)).toEqual([`X:${'a'.repeat(72)}`, ' é']);
    expect(physicalLines(`${'a'.repeat(71)}合`)).toEqual([`X:${'a'.repeat(71)}`, ' 合']);
    expect(physicalLines(`${'a'.repeat(70)}😀`)).toEqual([`X:${'a'.repeat(70)}`, ' 😀']);
    expect(physicalLines(`${'a'.repeat(69)}😀`)).toEqual([`X:${'a'.repeat(69)}😀`]);
    expect(physicalLines(`${'a'.repeat(72)},`)).toEqual([`X:${'a'.repeat(72)}`, ' \\,']);
  });

  it('folds across the parts of a line', () => {
    const text = new ContentLines()
      .property('CATEGORIES')
      .text('a'.repeat(60))
      .raw(',')
      .text('b'.repeat(20))
      .end()
      .toString();
    expect(text).toBe(`CATEGORIES:${'a'.repeat(60)},${'b'.repeat(3)}\r\n ${'b'.repeat(17)}\r\n`);
  });

  it('unfolds to the escaped value, in physical lines of at most 75 octets', () => {
    const unit = fc.oneof(
      fc.constantFrom('a', 'é', '合', '😀', '👩🏽‍🌾', ',', '\n'),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 500 }), (value) => {
        const lines = physicalLines(value);
        const unfolded = lines.join('\r\n').replace(/\r\n /g, '');
        expect(unfolded).toBe(`X:${escapeReference(value)}`);
        for (const line of lines) {
          const bytes = encoder.encode(line);
          expect(bytes.length).toBeLessThanOrEqual(75);
          expect(strictUtf8.decode(bytes)).toBe(line);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('ContentLines beyond one chunk of octets', () => {
  /** Unfolds `text` and checks every physical line, as a strict reader would. */
  function unfoldChecked(text: string): string {
    const lines = text.split('\r\n');
    expect(lines.pop()).toBe('');
    for (const line of lines) {
      const bytes = encoder.encode(line);
      expect(bytes.length).toBeLessThanOrEqual(75);
      expect(strictUtf8.decode(bytes)).toBe(line);
    }
    return lines.join('\r\n').replace(/\r\n /g, '');
  }

  it('keeps characters whole where one chunk of octets ends and the next begins', () => {
    // 64 KiB of octets is a chunk: thousands of short multi-byte values cross several.
    const values = Array.from({ length: 6000 }, (_, index) => `é😀合${index},`);
    const out = new ContentLines();
    for (const value of values) out.property('X').text(value).end();
    const unfolded = unfoldChecked(out.toString());
    expect(unfolded).toBe(values.map((value) => `X:${escapeReference(value)}`).join('\r\n'));
  });

  it('hands a sink pieces of at most one chunk that each end between two characters', () => {
    const values = Array.from({ length: 12_000 }, (_, index) => `é😀合${index},`);
    const pieces: Uint8Array[] = [];
    // Copied: the sink's view is written over once it returns.
    const out = new ContentLines((octets) => pieces.push(octets.slice()));
    for (const value of values) out.property('X').text(value).end();
    out.flush();
    expect(pieces.length).toBeGreaterThan(2);
    for (const piece of pieces) {
      expect(piece.length).toBeLessThanOrEqual(64 * 1024);
      // A strict decoder throws on a character cut in two.
      expect(() => strictUtf8.decode(piece)).not.toThrow();
    }
    const text = pieces.map((piece) => strictUtf8.decode(piece)).join('');
    const reference = new ContentLines();
    for (const value of values) reference.property('X').text(value).end();
    expect(text).toBe(reference.toString());
    expect(() => out.toString()).toThrow(TypeError);
  });

  it('writes a single value larger than a chunk', () => {
    const value = 'Économie 😀; '.repeat(20_000);
    const text = new ContentLines().property('DESCRIPTION').text(value).end().toString();
    expect(unfoldChecked(text)).toBe(`DESCRIPTION:${escapeReference(value)}`);
  });
});

/** The escaping of RFC 5545, section 3.3.11, written plainly. */
function escapeReference(value: string): string {
  return cleanText(value)
    .replaceAll('\\', '\\\\')
    .replaceAll(';', '\\;')
    .replaceAll(',', '\\,')
    .replaceAll('\n', '\\n');
}

describe('ContentLines escaping and cleaning', () => {
  it('escapes backslash, semicolon, comma and line breaks in TEXT', () => {
    expect(physicalLines('a\\b;c,d\ne\r\nf\rg')).toEqual(['X:a\\\\b\\;c\\,d\\ne\\nf\\ng']);
  });

  it('keeps colons, quotes, tabs and any other character as they are', () => {
    const text = '10:30 "«\u00a0oui\u00a0»"\t合作社 👩🏽‍🌾';
    expect(physicalLines(text, 'SUMMARY')).toEqual([`SUMMARY:${text}`]);
  });

  it('drops control characters and replaces lone surrogates, even in raw values', () => {
    expect(physicalLines('a\u0000b\u0007c\u001bd\u007fe\u0085f\u009fg')).toEqual(['X:abcdefg']);
    expect(physicalLines('x\ud83dy\ude00z😀')).toEqual(['X:x\ufffdy\ufffdz😀']);
    const raw = new ContentLines().property('URL').raw('https://a.example/\r\n;,\u0000').end();
    expect(raw.toString()).toBe('URL:https://a.example/;,\r\n');
  });
});

describe('cleanText', () => {
  it('normalises line breaks, strips control characters, replaces lone surrogates', () => {
    expect(cleanText('a\r\nb\rc\nd')).toBe('a\nb\nc\nd');
    expect(cleanText('a\u0000b\u0007c\u001bd\u007fe\u0085f\u009fg\th')).toBe('abcdefg\th');
    expect(cleanText('x\ud83dy\ude00z😀')).toBe('x\ufffdy\ufffdz😀');
  });

  it('returns clean text unchanged', () => {
    const text = 'Économie circulaire\n\tet « solidaire » 👩🏽‍🌾';
    expect(cleanText(text)).toBe(text);
  });
});
