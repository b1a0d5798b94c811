/**
 * The Summit data guide stays true: its example file is a valid summit, and every `gics` option
 * it mentions is one the command line really has.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseSummit } from '@gics/core';
import { describe, expect, it } from 'vitest';
import example from '../docs/examples/summit.json' with { type: 'json' };

const read = (relative: string) =>
  readFileSync(fileURLToPath(new URL(relative, import.meta.url)), 'utf8');

describe('the Summit data guide', () => {
  it('shows an example that parseSummit accepts without a warning', () => {
    const result = parseSummit(example, { mode: 'strict' });
    expect(result.ok ? result.warnings : result.problems).toEqual([]);
  });

  it('only mentions options the gics command has', () => {
    const guide = read('../docs/summit-data.mdx');
    const cli = read('../../../packages/core/src/cli/messages.ts');
    const mentioned = new Set(guide.match(/(?<![\w-])--[a-z][a-z-]+/g));
    expect(mentioned.size).toBeGreaterThan(4);
    const missing = [...mentioned].filter((option) => !cli.includes(option));
    expect(missing).toEqual([]);
  });
});
