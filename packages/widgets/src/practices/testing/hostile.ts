/**
 * The community sample with markup in every practice and member field a page shows (titles,
 * summaries, bodies, tags, link titles, authors' names, organisations, cities and biographies),
 * `javascript:` links in the Markdown of summaries and bodies, and `javascript:` addresses where
 * the data holds addresses (a practice's page and links, an author's site). Whatever the library
 * does with them, nothing may run and no link may lead to `javascript:`.
 */
import { gicsCommunity } from '@gics/core/samples/community';

/** What the markup below sets if a page ever runs it. */
export const INJECTED = '__gicsInjected';
const RUN = `window.${INJECTED} = 1`;
/** Markup that runs script if a page ever parses it as HTML. */
export const SCRIPT = `<script>${RUN}</script>`;
export const IMAGE = `<img src=x onerror="${RUN}">`;
export const SCRIPT_URL = `javascript:${RUN}`;

const text = (label: string) => `${label} ${SCRIPT} ${IMAGE}`;
const markdown = (label: string) =>
  `${text(label)} [${label}](${SCRIPT_URL}) <a href="${SCRIPT_URL}">${label}</a>`;

/** Practices 0–2 carry markup in every text; practice 3 and its first author, script addresses. */
export const HOSTILE_PRACTICES = 3;

/** The sample with its first practices and their authors made hostile. */
export function hostileCommunity() {
  const community = structuredClone(gicsCommunity) as typeof gicsCommunity;
  const marked = new Set<string>();
  const addressed = community.practices[HOSTILE_PRACTICES]!.authorIds[0]!;
  community.practices = community.practices.map((practice, index) => {
    if (index === HOSTILE_PRACTICES) {
      return { ...practice, url: SCRIPT_URL, links: [{ title: 'Guide', url: SCRIPT_URL }] };
    }
    if (index > HOSTILE_PRACTICES) return practice;
    for (const id of practice.authorIds) marked.add(id);
    return {
      ...practice,
      title: { fr: text(`Titre ${index}`), en: text(`Title ${index}`) },
      summary: { fr: markdown('Résumé'), en: markdown('Summary') },
      body: { fr: markdown('Corps'), en: markdown('Body') },
      tags: [SCRIPT, IMAGE],
      links: [{ title: { fr: text('Lien'), en: text('Link') }, url: 'https://example.org/guide' }],
    };
  }) as typeof community.practices;
  community.members = community.members.map((member) => {
    if (member.id === addressed) return { ...member, url: SCRIPT_URL };
    if (!marked.has(member.id)) return member;
    return {
      ...member,
      name: text(member.name),
      organisation: text('Org'),
      city: text('Ville'),
      bio: { fr: markdown('Bio'), en: markdown('Bio') },
    };
  }) as typeof community.members;
  return community;
}
