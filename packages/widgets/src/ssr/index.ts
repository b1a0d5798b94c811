/**
 * `@gics/widgets/ssr`: GICS elements rendered on a server (Node 20 or later) as HTML with
 * declarative shadow DOM, to paste into a page or to serve from one. The elements read the same
 * HTML back in the browser and hydrate it: load `@gics/widgets/hydrate-support` before them
 * (the CDN's `gics.js` does it by itself when a page holds pre-rendered elements).
 */
export {
  renderAgenda,
  renderAgendaWithCss,
  agendaCss,
  type AgendaRenderOptions,
} from './agenda.js';
export { renderPractices, practicesCss, type PracticesRenderOptions } from './practices.js';
export { renderMembers, membersCss, type MembersRenderOptions } from './members.js';
export { RenderError, type RenderedHost, type StylesOption } from './render-element.js';
