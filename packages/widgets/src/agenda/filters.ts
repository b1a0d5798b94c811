/**
 * The filter panel: search, theme chips, the format, language, day and room selects (each
 * shown when it has a choice to make, or a value set), and "Clear filters".
 */
import { html, nothing, type TemplateResult } from 'lit';
import { localize } from '@gics/core/summit';
import type { AgendaMessages } from '../i18n/agenda.js';
import { themeBadgeTemplate } from '../theme-badge/theme-badge-template.js';
import type { Filters } from './url-state.js';
import type { AgendaActions, FilterOptions, FiltersModel } from './view-model.js';

type SelectKey = 'format' | 'language' | 'day' | 'room';

function renderSelect<K extends SelectKey>(
  key: K,
  label: string,
  options: FilterOptions<Filters[K] & string> | undefined,
  model: FiltersModel,
  t: AgendaMessages,
  a: AgendaActions,
): TemplateResult | typeof nothing {
  const value = model.filters[key];
  if (!options || (options.length < 2 && !value)) return nothing;
  // The options are the values the select may take: the chosen one is one of them, or `''`.
  const chosen = (event: Event) => (event.target as HTMLSelectElement).value as Filters[K];
  return html`<div class="field">
    <label for="filter-${key}">${label}</label>
    <select id="filter-${key}" @change=${(event: Event) => a.setFilter(key, chosen(event))}>
      <option value="" ?selected=${value === ''}>${t.any}</option>
      ${options.map(
        ([option, text]) =>
          html`<option value=${option} ?selected=${value === option}>${text}</option>`,
      )}
    </select>
  </div>`;
}

/** The filter panel of `model`. */
export function renderFilters(
  model: FiltersModel,
  t: AgendaMessages,
  lang: 'fr' | 'en',
  a: AgendaActions,
): TemplateResult {
  const { filters } = model;
  return html`<section part="filters" class="filters" aria-labelledby="filters-label">
    <h2 id="filters-label" class="vh">${t.filtersLabel}</h2>
    <div class="field search">
      <label for="filter-query">${t.search}</label>
      <input
        id="filter-query"
        type="search"
        autocomplete="off"
        .value=${model.query}
        @input=${a.search}
      />
    </div>
    ${
      model.themes.length
        ? html`<div role="group" aria-labelledby="themes-label" class="chips">
            <span id="themes-label" class="group-label">${t.themes}</span>
            ${model.themes.map(
              (theme) =>
                html`<button
                  part="chip"
                  type="button"
                  class="chip"
                  aria-pressed=${filters.themes.includes(theme.id) ? 'true' : 'false'}
                  @click=${() => a.toggleTheme(theme.id)}
                >
                  ${themeBadgeTemplate(localize(theme.name, lang), theme.color, 'chip-badge')}
                </button>`,
            )}
          </div>`
        : nothing
    }
    <div class="selects">
      ${renderSelect('format', t.format, model.formats, model, t, a)}
      ${renderSelect('language', t.language, model.languages, model, t, a)}
      ${renderSelect('day', t.day, model.days, model, t, a)}
      ${renderSelect('room', t.room, model.rooms, model, t, a)}
    </div>
    ${
      model.active
        ? html`<button type="button" class="action" @click=${a.clearFilters}>
            ${t.clearFilters}
          </button>`
        : nothing
    }
  </section>`;
}
