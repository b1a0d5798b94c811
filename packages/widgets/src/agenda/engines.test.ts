import { describe, expect, it } from 'vitest';
import { parseSummit } from '@gics/core';
import { montreal2023 } from '@gics/core/samples/montreal-2023';
import { SearchBox } from '../internal/search-box.js';
import { visitorChoices } from './choices.js';
import { searchEngines } from './engines.js';
import { SummitLoad } from './load-controller.js';
import { loadFilterEngine } from './modules.js';
import { ControllerHost } from './testing/controller-host.js';

const parsed = parseSummit(montreal2023);
if (!parsed.ok) throw new Error('the sample summit does not read');
const summit = parsed.summit;

function makeEngines() {
  const host = new ControllerHost();
  const choices = visitorChoices(host, new SearchBox(host));
  const loader = new SummitLoad(host);
  return { host, choices, loader, engines: searchEngines(host, choices, loader) };
}

describe('the on-demand search and filtering', () => {
  it('hold an update for the filtering only when a filter is set on a summit on show', async () => {
    const { host, choices, loader, engines } = makeEngines();
    choices.toggleTheme('numerisation');
    expect(engines.needs(), 'nothing on show yet').toEqual([]);
    loader.show(summit);
    const needs = engines.needs();
    expect(needs).toHaveLength(1);
    expect(engines.arriving()).toHaveLength(1);
    const updates = host.updates;
    await Promise.all(needs);
    expect(loadFilterEngine.arrived).toBeDefined();
    expect(host.updates, 'the filtered list is drawn once it has arrived').toBe(updates + 1);
    expect(engines.needs()).toEqual([]);
    expect(engines.arriving()).toEqual([]);
  });

  it('render again once the text search has arrived, and only then', async () => {
    const { host, engines } = makeEngines();
    expect(engines.textSearch).toBeUndefined();
    const arriving = engines.wantTextSearch();
    expect(engines.arriving()).toHaveLength(1);
    await arriving;
    expect(engines.textSearch).toBeDefined();
    expect(host.updates).toBe(1);
    await engines.wantTextSearch();
    expect(host.updates).toBe(1);
    expect(engines.arriving()).toEqual([]);
  });
});
