/**
 * The filter panel: search, theme chips, the format, language, day and room selects (each
 * shown when it has a choice to make, or a value set), and "Clear filters". Inert while a
 * preview is on show (`pending`): drawn as the whole's, but its choices neither reachable nor
 * read out until the whole programme is there.
 *
 * On a narrow agenda (agenda.styles.ts) all but the search box fold behind a "Filters (n)"
 * button, as the practices library's do, so that a phone shows the programme first; a wide one
 * shows them all and no button. Each choice applies at once, at every width: the count, a polite
 * live region, says what it left. The DOM is the same at every width and the styles decide, so
 * a server's HTML, which cannot know the width, is what the first update draws.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { localize } from '@gics/core/summit';
import type { AgendaMessages } from '../i18n/agenda.js';
import { clearFiltersButton } from '../internal/clear-filters.js';
import { foldButton, type FilterFold } from '../internal/filter-fold.js';
import { searchField } from '../internal/search-field.js';
import { themeBadgeTemplate } from '../theme-badge/theme-badge-template.js';
import type { AgendaActions, FilterOptions, FiltersModel } from './view-model.js';

/**
 * A select of `options` whose value is `value` (`''`: any). `choose` receives the chosen
 * option's own value, typed as the options are, read by the option's position.
 */
function renderSelect<T extends string>(
  id: 'format' | 'language' | 'day' | 'room',
  label: string,
  options: FilterOptions<T> | undefined,
  value: T | '',
  choose: (value: T | '') => void,
  t: AgendaMessages,
): TemplateResult | typeof nothing {
  if (!options || (options.length < 2 && !value)) return nothing;
  // The first option is "any"; the others follow `options` in order.
  const chosen = (event: Event) =>
    options[(event.target as HTMLSelectElement).selectedIndex - 1]?.[0] ?? '';
  return html`<div class="field">
    <label for="filter-${id}">${label}</label>
    <select id="filter-${id}" @change=${(event: Event) => choose(chosen(event))}>
      <option value="" ?selected=${value === ''}>${t.any[id]}</option>
      ${options.map(
        ([option, text]) =>
          html`<option value=${option} ?selected=${value === option}>${text}</option>`,
      )}
    </select>
  </div>`;
}

/** The filter panel of `model`; `fold` opens and closes it on a narrow agenda. */
export function renderFilters(
  model: FiltersModel,
  t: AgendaMessages,
  lang: 'fr' | 'en',
  a: AgendaActions,
  fold: FilterFold,
): TemplateResult {
  const { filters, open } = model;
  return html`<section
    part="filters"
    class="filters"
    aria-labelledby="filters-label"
    ?inert=${model.pending}
  >
    <h2 id="filters-label" class="vh">${t.filtersLabel}</h2>
    ${searchField('filter-query', t.search, model.query, a.search)}
    ${foldButton(fold, open, t.showFilters(model.picked))}
    <div id="filters-panel" class="panel">
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
        ${renderSelect('format', t.format, model.formats, filters.format, (format) => a.setFilters({ format }), t)}
        ${renderSelect('language', t.language, model.languages, filters.language, (language) => a.setFilters({ language }), t)}
        ${renderSelect('day', t.day, model.days, filters.day, (day) => a.setFilters({ day }), t)}
        ${renderSelect('room', t.room, model.rooms, filters.room, (room) => a.setFilters({ room }), t)}
      </div>
      ${model.active ? clearFiltersButton(t.clearFilters, a.clearFilters) : nothing}
    </div>
  </section>`;
}
