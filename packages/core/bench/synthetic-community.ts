/**
 * Builds a large, valid community for benchmarks: `practiceCount` practices over the three GICS
 * themes, three hundred members of every kind in twenty countries, bilingual titles, summaries
 * and Markdown bodies of a few paragraphs, dates over five years, so searching and counting see
 * data shaped like a real (if enormous) library.
 */
import type { CommunityInput } from '../src/community/community.schema.js';
import type { PracticeQuery } from '../src/community/practices.js';

const THEMES = [
  { id: 'leadership', name: { fr: 'Leadership coopératif', en: 'Co-operative leadership' } },
  { id: 'circular', name: { fr: 'Économie circulaire', en: 'Circular economy' } },
  { id: 'digital', name: { fr: 'Numérisation', en: 'Digitalization' } },
];
const KINDS = ['cooperative', 'mutual', 'academic', 'individual', 'other'] as const;
const COUNTRIES = [
  'CA',
  'FR',
  'BE',
  'CH',
  'SN',
  'CI',
  'RW',
  'TN',
  'MA',
  'VN',
  'BR',
  'MX',
  'KE',
  'DE',
  'IE',
  'JP',
  'IN',
  'CM',
  'HT',
  'LB',
];
const LANGUAGES = ['fr', 'en', 'es', 'pt-BR', 'de', 'ar', 'sw', 'vi'];
const MEMBERS = 300;
/** Words the texts are made of, so a query finds some practices and not others. */
const WORDS = {
  fr: [
    'coopérative',
    'mutuelle',
    'énergie',
    'réparation',
    'compost',
    'données',
    'plateforme',
    'gouvernance',
    'assemblée',
    'membres',
    'quartier',
    'formation',
    'économie',
    'sociale',
    'réemploi',
    'climat',
    'sécurité',
    'logiciel',
    'transport',
    'alimentation',
  ],
  en: [
    'co-operative',
    'mutual',
    'energy',
    'repair',
    'compost',
    'data',
    'platform',
    'governance',
    'meeting',
    'members',
    'neighbourhood',
    'training',
    'economy',
    'social',
    'reuse',
    'climate',
    'security',
    'software',
    'transport',
    'food',
  ],
};

function sentence(language: 'fr' | 'en', seed: number, length: number): string {
  const words: string[] = [];
  for (let at = 0; at < length; at++) words.push(WORDS[language][(seed * 7 + at * 13) % 20]!);
  const text = words.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)} ${seed}.`;
}

function body(language: 'fr' | 'en', seed: number): string {
  return [
    `${sentence(language, seed, 24)} **${sentence(language, seed + 1, 6)}**`,
    `- ${sentence(language, seed + 2, 10)}\n- ${sentence(language, seed + 3, 10)}`,
    sentence(language, seed + 4, 40),
  ].join('\n\n');
}

export function makeSyntheticCommunity(practiceCount: number): CommunityInput {
  const members = Array.from({ length: MEMBERS }, (_, index) => ({
    id: `m${index}`,
    name: `Membre Fictif ${index}`,
    kind: KINDS[index % KINDS.length]!,
    organisation: `Coopérative Exemple ${index % 23}`,
    country: COUNTRIES[index % COUNTRIES.length]!,
    languages: [LANGUAGES[index % LANGUAGES.length]!],
  }));
  const practices = Array.from({ length: practiceCount }, (_, index) => {
    const year = 2021 + (index % 5);
    const month = String((index % 12) + 1).padStart(2, '0');
    return {
      id: `p${index}`,
      title: { fr: sentence('fr', index, 5), en: sentence('en', index, 5) },
      summary: { fr: sentence('fr', index + 5, 16), en: sentence('en', index + 5, 16) },
      body: { fr: body('fr', index), en: body('en', index) },
      themeIds: index % 7 === 0 ? ['leadership', 'digital'] : [THEMES[index % 3]!.id],
      authorIds: [
        `m${index % MEMBERS}`,
        ...(index % 3 === 0 ? [`m${(index * 11) % MEMBERS}`] : []),
      ],
      tags: [WORDS.fr[index % 20]!, WORDS.en[(index + 3) % 20]!],
      date: `${year}-${month}-15`,
      ...(index % 4 === 0 && { updated: `${year + 1}-01-10` }),
      languages: index % 2 === 0 ? ['fr', 'en'] : [LANGUAGES[index % LANGUAGES.length]!],
    };
  });
  return {
    id: 'synthetic-community',
    name: { fr: 'Communauté synthétique', en: 'Synthetic community' },
    themes: THEMES,
    members,
    practices,
  };
}

const TYPED = [
  'c',
  'co',
  'com',
  'comp',
  'compo',
  'compost',
  'compost é',
  'compost én',
  'compost énergie',
];

/**
 * A visitor's session in the library, one step per keystroke or click: a query typed letter by
 * letter, filters picked and dropped, and a query that matches nothing.
 */
export const PRACTICE_SESSION: readonly PracticeQuery[] = [
  ...TYPED.map((text) => ({ text })),
  { text: 'compost énergie', themes: ['circular'] },
  { text: 'compost énergie', themes: ['circular'], languages: ['fr'] },
  { themes: ['leadership', 'digital'], kinds: ['mutual', 'academic'] },
  { countries: ['SN', 'CI'], years: [2024] },
  { text: 'membre fictif 12', years: [2022, 2023] },
  { text: 'cooperative exemple 7' },
  { text: 'zzz introuvable' },
  {},
];
