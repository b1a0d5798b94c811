/**
 * The library's views as pure functions of its view model: the loading and error states, the
 * search and sort bar, the filter panel, the cards and what shows when nothing matches. They
 * write nothing back; every event goes to the element's `PracticesActions`.
 *
 * The filter panel is a form of checkboxes, one fieldset per filter, each value with the number
 * of practices picking it would show. On wide screens a tick applies at once (the list beside
 * it changes, focus stays on the checkbox); on small screens, where the list is out of sight
 * under the panel, ticks wait for "Apply", which names the count it would show. Neither moves
 * focus: WCAG 3.2.2 (on input) holds either way.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { practiceAuthors } from '@gics/core/community';
import { localize, type Practice, type Theme } from '@gics/core/summit';
import { checkedState } from '../internal/checked.js';
import { clearFiltersButton } from '../internal/clear-filters.js';
import { hrefFromTemplate } from '../internal/href.js';
import { plainSummary } from '../internal/plain-text.js';
import { searchField } from '../internal/search-field.js';
import { themeBadgeTemplate } from '../theme-badge/theme-badge-template.js';
import { authorPlace, formatDate, languagesFact } from './format.js';
import type {
  CardsModel,
  ContentModel,
  FacetModel,
  FiltersModel,
  PracticesActions,
} from './view-model.js';

/** The search box and the sort select. */
export function renderSearch(
  model: FiltersModel,
  t: CardsModel['t'],
  a: PracticesActions,
): TemplateResult {
  return html`<div part="search" class="search-bar" role="search">
    ${searchField('practices-query', t.search, model.text, a.search)}
    <div class="field sort">
      <label for="practices-sort">${t.sort}</label>
      <select id="practices-sort" @change=${a.sort}>
        ${(['newest', 'title'] as const).map(
          (sort) =>
            html`<option value=${sort} ?selected=${model.sort === sort}>${t.sorts[sort]}</option>`,
        )}
      </select>
    </div>
  </div>`;
}

/** One filter: a fieldset of checkboxes, each value with its count. */
function renderFacet(
  facet: FacetModel,
  { t, lang }: Pick<CardsModel, 't' | 'lang'>,
  a: PracticesActions,
) {
  return html`<fieldset class="facet">
    <legend>${t.filters[facet.filter]}</legend>
    <ul role="list">
      ${facet.values.map((value) => {
        const id = `facet-${facet.filter}-${String(value.value)}`;
        return html`<li>
          <input
            type="checkbox"
            id=${id}
            ?checked=${value.selected}
            ${checkedState(value.selected)}
            @change=${() => a.toggle(facet.filter, value.value)}
          />
          <label for=${id}
            >${value.label}
            <span class="facet-count"
              ><span aria-hidden="true"
                >${value.count.toLocaleString(lang === 'fr' ? 'fr-CA' : 'en-CA')}</span
              ><span class="vh">${t.facetCount(value.count)}</span></span
            ></label
          >
        </li>`;
      })}
    </ul>
  </fieldset>`;
}

/**
 * The filter panel: on small screens behind a "Filters" button, with "Apply"; on wide ones
 * always shown, applying each tick.
 */
export function renderFilters(
  model: FiltersModel,
  words: Pick<CardsModel, 't' | 'lang'>,
  a: PracticesActions,
): TemplateResult | typeof nothing {
  const { t } = words;
  if (model.facets.length === 0 && !model.active) return nothing;
  const shown = !model.narrow || model.open;
  return html`<section part="filters" class="filters" aria-labelledby="filters-label">
    <h2 id="filters-label" class=${model.narrow ? 'vh' : 'filters-heading'}>${t.filtersLabel}</h2>
    ${
      model.narrow
        ? html`<button
            type="button"
            class="action panel-toggle"
            aria-expanded=${model.open ? 'true' : 'false'}
            aria-controls="filters-panel"
            @click=${a.togglePanel}
          >
            ${t.showFilters(model.picked)}
            <span aria-hidden="true">${model.open ? '▴' : '▾'}</span>
          </button>`
        : nothing
    }
    <div id="filters-panel" class="panel" ?hidden=${!shown}>
      ${model.facets.map((facet) => renderFacet(facet, words, a))}
      <div class="panel-actions">
        ${
          model.narrow
            ? html`<button type="button" class="action apply" @click=${a.apply}>
                ${t.apply(model.pending)}
              </button>`
            : nothing
        }
        ${model.active ? clearFiltersButton(t.clearFilters, a.clearFilters) : nothing}
      </div>
    </div>
  </section>`;
}

/** One practice's card: rebuilt only when what it shows changes (`guard`). */
export function renderCard(practice: Practice, cards: CardsModel): unknown {
  const { lang, hrefTemplate } = cards;
  return guard([practice, lang, hrefTemplate, cards.themes, cards.members], () => {
    const { t } = cards;
    const title = localize(practice.title, lang);
    const titleId = `title-${practice.id}`;
    const summary = plainSummary(localize(practice.summary, lang));
    const themes = practice.themeIds
      .map((id) => cards.themes.get(id))
      .filter((theme): theme is Theme => theme !== undefined);
    const authors = practiceAuthors(practice, cards.members);
    const href = hrefFromTemplate(hrefTemplate, practice.id);
    const date = practice.updated
      ? t.updated(formatDate(practice.updated, lang))
      : practice.date
        ? t.shared(formatDate(practice.date, lang))
        : '';
    return html`<article part="card" class="card" data-id=${practice.id} aria-labelledby=${titleId}>
      <h3 class="card-title" id=${titleId}>
        ${
          href
            ? html`<a part="card-link" href=${href}>${title}</a>`
            : hrefTemplate
              ? title
              : html`<a
                  part="card-link"
                  href="#practice-${encodeURIComponent(practice.id)}"
                  data-open=${practice.id}
                  aria-haspopup="dialog"
                  >${title}</a
                >`
        }
      </h3>
      ${summary ? html`<p class="card-summary">${summary}</p>` : nothing}
      ${
        themes.length
          ? html`<ul class="card-themes" role="list">
              ${themes.map(
                (theme) =>
                  html`<li>${themeBadgeTemplate(localize(theme.name, lang), theme.color)}</li>`,
              )}
            </ul>`
          : nothing
      }
      ${
        authors.length
          ? html`<p class="card-authors">
              <span class="vh">${t.by} </span>${authors.map((author, index) => {
                const place = authorPlace(author, lang);
                // The dot sets authors apart for the eye; a screen reader hears a semicolon
                // instead, so one author's country never runs into the next author's name.
                return html`${
                    index
                      ? html`<span class="vh">; </span><span aria-hidden="true"> · </span>`
                      : nothing
                  }<span class="author"
                    ><span class="author-name">${author.name}</span>${
                      place ? html`<span class="author-place">, ${place}</span>` : nothing
                    }</span
                  >`;
              })}
            </p>`
          : nothing
      }
      ${
        date || practice.languages.length
          ? html`<p class="card-meta">
              ${
                date
                  ? html`<time datetime=${practice.updated ?? practice.date!}>${date}</time>`
                  : nothing
              }
              ${
                practice.languages.length
                  ? html`<span class="card-languages"
                      >${languagesFact(practice.languages, lang, t)}</span
                    >`
                  : nothing
              }
            </p>`
          : nothing
      }
    </article>`;
  });
}

/**
 * The content area: the cards, or why there are none. Cards are mapped by position, not keyed
 * with Lit's `repeat`: a new list (a keystroke, a filter) updates the cards already on the page
 * in place, which is as fast with `guard` and keeps `repeat` out of the bundle.
 */
export function renderContent(
  content: ContentModel,
  cards: CardsModel,
  a: PracticesActions,
): TemplateResult {
  const { t } = cards;
  switch (content.kind) {
    case 'empty':
      return html`<p class="empty">${t.empty}</p>`;
    case 'no-match':
      return html`<div class="empty">
        <p>${t.noMatch}</p>
        ${clearFiltersButton(t.clearFilters, a.clearFilters)}
      </div>`;
    case 'list':
      return html`<ul class="cards" role="list">
          ${content.practices.map((practice) => html`<li>${renderCard(practice, cards)}</li>`)}
        </ul>
        ${
          content.showMore
            ? html`<button type="button" class="action more" @click=${a.showMore}>
                ${t.showMore(content.hidden)}
              </button>`
            : nothing
        }`;
  }
}
