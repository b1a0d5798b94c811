/**
 * The directory's views, pure functions of the view model (view-model.ts): the state before a
 * directory is ready, the toolbar, the filter panel, the cards (as a list or by country) and the
 * dialog's frame. The dialog's content (detail.ts) and the map (map-view.ts) arrive on demand.
 * Data is rendered as text, never as HTML.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Member } from '@gics/core/summit';
import { clearFiltersButton } from '../internal/clear-filters.js';
import { foldButton, type FilterFold } from '../internal/filter-fold.js';
import { languageName } from '../internal/language-name.js';
import { searchField } from '../internal/search-field.js';
import { placeOf, imageSource } from './place.js';
import { MEMBERS_VIEWS } from './types.js';
import type {
  CardContext,
  ContentModel,
  FiltersModel,
  MembersActions,
  ReadyModel,
} from './view-model.js';

/** The view switcher. */
export function renderToolbar(model: ReadyModel, a: MembersActions): TemplateResult {
  const { t } = model;
  return html`<div part="toolbar" class="toolbar">
    <div role="group" aria-label=${t.viewsLabel} class="segmented">
      ${MEMBERS_VIEWS.map(
        (view) =>
          html`<button
            type="button"
            class="toggle"
            aria-pressed=${model.view === view ? 'true' : 'false'}
            @click=${() => a.showView(view)}
          >
            ${t.views[view]}
          </button>`,
      )}
    </div>
  </div>`;
}

/**
 * The search box, a select per filter (with counts) and "Clear filters"; on a narrow directory
 * all but the search box fold behind a button (`fold`), the styles deciding where.
 */
export function renderFilters(
  model: FiltersModel,
  t: ReadyModel['t'],
  a: MembersActions,
  fold: FilterFold,
): TemplateResult {
  const { open } = model;
  return html`<section part="filters" class="filters" aria-labelledby="filters-label">
    <h2 id="filters-label" class="vh">${t.filtersLabel}</h2>
    ${searchField('filter-query', t.search, model.query, a.search)}
    ${foldButton(fold, open, t.showFilters(model.picked))}
    <div id="filters-panel" class="panel">
      <div class="selects">
        ${model.selects.map(
          (select) =>
            html`<div class="field">
              <label for="filter-${select.filter}">${select.label}</label>
              <select
                id="filter-${select.filter}"
                @change=${(event: Event) =>
                  a.setFilter(
                    select.filter,
                    select.options[(event.target as HTMLSelectElement).selectedIndex - 1]?.[0] ??
                      '',
                  )}
              >
                <option value="" ?selected=${select.value === ''}>${t.any[select.filter]}</option>
                ${select.options.map(
                  ([value, label]) =>
                    html`<option value=${value} ?selected=${select.value === value}>
                      ${label}
                    </option>`,
                )}
              </select>
            </div>`,
        )}
      </div>
      ${model.active ? clearFiltersButton(t.clearFilters, a.clearFilters) : nothing}
    </div>
  </section>`;
}

/** One member's card: image (when allowed), name (opens the dialog), kind, place, languages, tags. */
export function renderCard(member: Member, context: CardContext): TemplateResult {
  const { lang, t } = context;
  const image = imageSource(member.image, context.allowRemoteImages);
  const place = placeOf(member, lang);
  const kind = member.kind ? t.memberKinds[member.kind] : '';
  const subtitle = [kind, member.organisation].filter(Boolean).join(' · ');
  return html`<li part="card" class="card" data-id=${member.id}>
    ${
      image
        ? html`<img class="avatar" src=${image} alt="" loading="lazy" decoding="async" />`
        : nothing
    }
    <div class="card-body">
      <h3 class="name">
        <button type="button" class="open" data-open=${member.id}>${member.name}</button
        ><span class="open-text">${member.name}</span>
      </h3>
      ${subtitle ? html`<p class="kind">${subtitle}</p>` : nothing}
      ${place ? html`<p class="place">${place}</p>` : nothing}
      ${
        member.languages.length
          ? html`<p class="languages">
              <span class="label">${t.speaks}</span>
              ${member.languages.map((tag) => languageName(tag, lang)).join(', ')}
            </p>`
          : nothing
      }
      ${
        member.tags.length
          ? html`<ul class="tags" aria-label=${t.tags}>
              ${member.tags.map((tag) => html`<li>${tag}</li>`)}
            </ul>`
          : nothing
      }
    </div>
  </li>`;
}

function renderCards(members: readonly Member[], context: CardContext): TemplateResult {
  return html`<ul class="cards" role="list">
    ${members.map((member) => renderCard(member, context))}
  </ul>`;
}

function renderMore(hidden: number, t: ReadyModel['t'], a: MembersActions) {
  return hidden > 0
    ? html`<button type="button" class="action more" @click=${a.showMore}>
        ${t.showMore(hidden)}
      </button>`
    : nothing;
}

/** The list, the groups by country, or what says there is nothing to show. */
export function renderContent(
  content: ContentModel,
  model: ReadyModel,
  a: MembersActions,
): TemplateResult | typeof nothing {
  const { t, cards } = model;
  switch (content.kind) {
    case 'empty':
      return html`<p class="empty">${t.empty}</p>`;
    case 'no-match':
      return html`<div class="empty">
        <p>${t.noMatch}</p>
        ${clearFiltersButton(t.clearFilters, a.clearFilters)}
      </div>`;
    case 'list':
      return html`${renderCards(content.members, cards)}${renderMore(content.hidden, t, a)}`;
    case 'countries':
      return html`${content.groups.map(
        (group) =>
          html`<section class="group" aria-labelledby="country-${group.country ?? ''}">
            <h2 part="group-heading" class="group-heading" id="country-${group.country ?? ''}">
              ${group.name || t.noCountry}
              <span class="group-count">${t.memberCount(group.count)}</span>
            </h2>
            ${renderCards(group.shown, cards)}
          </section>`,
      )}${renderMore(content.hidden, t, a)}`;
  }
}

/** The `<dialog>`, with the open member's detail once its module is there. */
export function renderDialog(model: ReadyModel, a: MembersActions): TemplateResult {
  const { member, detail } = model.dialog;
  return html`<dialog
    part="dialog"
    class="dialog"
    aria-labelledby="dialog-title"
    @close=${a.dialogClosed}
  >
    ${
      member && detail
        ? detail.renderMemberDetail(member, {
            t: model.t,
            lang: model.lang,
            data: model.data,
            themes: model.themes,
            allowRemoteImages: model.cards.allowRemoteImages,
            workshopHref: model.workshopHref,
            practiceHref: model.practiceHref,
            close: a.closeDialog,
          })
        : nothing
    }
  </dialog>`;
}
