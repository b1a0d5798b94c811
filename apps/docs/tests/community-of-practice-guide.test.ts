/**
 * The "Running a community of practice" guide stays true: its example practice reads as part of
 * a valid community file, and every moderation command it shows is one the demo's
 * `npm run moderate` has.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCommunity } from '@gics/core/community';
import { describe, expect, it } from 'vitest';

const read = (relative: string) =>
  readFileSync(fileURLToPath(new URL(relative, import.meta.url)), 'utf8');

const guide = read('../docs/community-of-practice.mdx');

describe('the community of practice guide', () => {
  it('shows a practice that a community file with its theme and author accepts', () => {
    const block = /```json\n([\s\S]*?)\n```/.exec(guide);
    expect(block, 'the guide has a JSON example').not.toBeNull();
    const practice: unknown = JSON.parse(block![1]!);
    const result = parseCommunity({
      id: 'example-network',
      name: { fr: 'Réseau Exemple', en: 'Example network' },
      themes: [{ id: 'circular', name: { fr: 'Économie circulaire', en: 'Circular economy' } }],
      members: [{ id: 'coop-lyon', name: 'Coopérative Exemple de Lyon', kind: 'cooperative' }],
      practices: [practice],
    });
    expect(result.ok ? result.warnings : result.problems).toEqual([]);
  });

  it('only shows moderation commands the demo has', () => {
    const usage = read('../../demo/src/moderate.ts');
    const shown = new Set(
      [...guide.matchAll(/npm run moderate -- (\w+)/g)].map((match) => match[1]!),
    );
    expect([...shown].sort()).toEqual(['approve', 'list', 'reject', 'show']);
    for (const command of shown) expect(usage).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    expect(guide).toContain('--reason');
    expect(usage).toContain('reject <id> --reason');
  });
});
