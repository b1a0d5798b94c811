import { describe, expect, it } from 'vitest';
import {
  formatFromType,
  isBreakType,
  languageFrom,
  languageTag,
  sessionFormat,
} from './vocabulary.js';

describe('formatFromType', () => {
  it.each([
    // English, with the durations and Q&A organisers add
    ['Talk 30 min + 10min Q&A', 'talk'],
    ['Workshop 50 Minutes', 'workshop'],
    ['Lightning Talk', 'talk'],
    ['LIGHTNING_TALK', 'talk'],
    ['Keynote', 'keynote'],
    ['Opening keynote', 'keynote'],
    ['Panel discussion', 'panel'],
    ['Fireside chat', 'panel'],
    ['Plenary', 'plenary'],
    ['Closing plenary', 'plenary'],
    ['Coffee break', 'networking'],
    ['Lunch', 'networking'],
    ['Networking', 'networking'],
    // French
    ['Conférence', 'talk'],
    ['Conférence d’ouverture', 'keynote'],
    ['Atelier (90 min)', 'workshop'],
    ['Table ronde', 'panel'],
    ['Plénière', 'plenary'],
    ['Pause café', 'networking'],
    ['Dîner', 'networking'],
    // German, compounds read by their last part
    ['Vortrag', 'talk'],
    ['Kurzvortrag', 'talk'],
    ['Podiumsdiskussion', 'panel'],
    ['Workshop 90 Minuten', 'workshop'],
    ['Kaffeepause', 'networking'],
    ['Mittagspause', 'networking'],
    ['Eröffnung', 'plenary'],
    // Spanish
    ['Charla', 'talk'],
    ['Charlas cortas', 'talk'],
    ['Taller', 'workshop'],
    ['Talleres', 'workshop'],
    ['Mesa redonda', 'panel'],
    ['Conversatorio', 'panel'],
    ['Conferencia magistral', 'keynote'],
    ['Almuerzo', 'networking'],
    // Portuguese
    ['Palestra', 'talk'],
    ['Oficina', 'workshop'],
    ['Intervalo', 'networking'],
    // Italian
    ['Tavola rotonda', 'panel'],
    ['Pranzo', 'networking'],
    ['Presentazione', 'talk'],
    // Dutch
    ['Lezing', 'talk'],
    ['Koffiepauze', 'networking'],
    // Nothing a format is named by
    ['Sonstiges', 'other'],
  ] as const)('reads %s as %s', (label, format) => {
    expect(formatFromType(label)).toBe(format);
  });

  it('says nothing about labels whose words name no format', () => {
    expect(['Q&A', 'Feria', '45 minutes', 'Poster session', ''].map(formatFromType)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('tells pauses in the programme from other networking', () => {
    expect(['Lunch', 'Kaffeepause', 'Pause café', 'Coffee break'].map(isBreakType)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['Networking', 'Keynote', 'Social'].map(isBreakType)).toEqual([false, false, false]);
  });
});

describe('sessionFormat', () => {
  it('lets the words decide before the break and plenum flags', () => {
    expect(sessionFormat({ labels: ['Keynote'], isBreak: true, isPlenum: true }).format).toBe(
      'keynote',
    );
    expect(sessionFormat({ labels: [], isBreak: true, isPlenum: true }).format).toBe('networking');
    expect(sessionFormat({ labels: [undefined], isPlenum: true }).format).toBe('plenary');
  });

  it('files a label nobody understood as other, and no label as the unlabelled format', () => {
    expect(sessionFormat({ labels: ['Feria'] })).toEqual({ format: 'other', matched: false });
    expect(sessionFormat({ labels: [] })).toEqual({ format: 'workshop', matched: false });
    expect(sessionFormat({ labels: [' '], unlabelled: 'talk' }).format).toBe('talk');
    expect(sessionFormat({ labels: ['Feria', 'Taller'] })).toEqual({
      format: 'workshop',
      matched: true,
    });
  });
});

describe('languages', () => {
  it.each([
    ['de', 'de'],
    ['DE', 'de'],
    ['ger', 'de'],
    ['pt_br', 'pt-BR'],
    ['zh-hant-tw', 'zh-Hant-TW'],
    ['Deutsch', 'de'],
    ['German', 'de'],
    ['allemand', 'de'],
    ['Español', 'es'],
    ['Castellano', 'es'],
    ['Français', 'fr'],
    ['Englisch', 'en'],
    ['Português (Brasil)', 'pt-BR'],
    ['Brazilian Portuguese', 'pt-BR'],
    ['Italiano', 'it'],
    ['Nederlands', 'nl'],
    ['日本語', 'ja'],
  ])('reads %s as %s', (value, tag) => {
    expect(languageTag(value)).toBe(tag);
  });

  it('names no language for words that are not one', () => {
    expect(['all', 'zz', 'und', 'Klingon', 'Talk'].map(languageTag)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('makes French with English bilingual, and keeps the first of other languages', () => {
    expect(languageFrom(['Français', 'English'])).toBe('bilingual');
    expect(languageFrom(['fr-CA', 'en'])).toBe('bilingual');
    expect(languageFrom(['Bilingue (FR/EN)'])).toBe('bilingual');
    expect(languageFrom(['Español y English'])).toBe('es');
    expect(languageFrom(['Talk in English'])).toBe('en');
    expect(languageFrom(['Deutsch', 'Français'])).toBe('de');
    expect(languageFrom([])).toBeUndefined();
  });
});
