/**
 * Communities written for `<gics-members>`'s tests: one whose every member field tries to inject
 * HTML or script, one whose images come from another origin than the page's. Names and places
 * are invented.
 */

/** What each injection attempt would do if it ran: set this flag on the window. */
export const PWNED = '__gicsMembersPwned';

const script = `<script>window.${PWNED}=1</script>`;
const image = `<img src=x onerror="window.${PWNED}=1">`;

/** Every member field a visitor sees, each holding markup or a `javascript:` address. */
export const hostileCommunity = {
  id: 'hostile',
  name: 'Injection',
  themes: [{ id: 'theme', name: `Thème ${image}` }],
  members: [
    {
      id: 'coop-injection',
      name: `Coopérative ${image}`,
      kind: 'cooperative',
      organisation: `Réseau ${script}`,
      country: 'FR',
      city: `Lyon ${image}`,
      location: { lat: 45.76, lon: 4.84 },
      url: 'https://coop-injection.example.org/',
      bio: {
        fr: `Bio ${script} ${image} [lien](javascript:window.${PWNED}=1) <a href="javascript:alert(1)">a</a>`,
        en: `Bio ${script} ${image} [link](javascript:window.${PWNED}=1)`,
      },
      languages: ['fr', 'en'],
      tags: [image, script],
      links: [{ title: `Rapport ${image}`, url: 'https://coop-injection.example.org/rapport' }],
    },
    {
      id: 'javascript-urls',
      name: 'Mutuelle aux adresses piégées',
      kind: 'mutual',
      country: 'CA',
      url: `javascript:window.${PWNED}=1`,
      image: `javascript:window.${PWNED}=1`,
      links: [{ title: 'Piège', url: `javascript:window.${PWNED}=1` }],
    },
    {
      id: 'person-agreed',
      name: `Personne ${script}`,
      kind: 'individual',
      listed: true,
      country: 'SN',
      city: 'Dakar',
    },
  ],
  practices: [
    {
      id: 'pratique',
      title: `Pratique ${image}`,
      authorIds: ['coop-injection'],
      themeIds: ['theme'],
      url: `javascript:window.${PWNED}=1`,
    },
  ],
};

/** Members whose logos come from `base` (another origin than the test page's) and from the page's own. */
export function imagesCommunity(base: string, page: string) {
  return {
    id: 'images',
    name: 'Images',
    members: [
      {
        id: 'remote',
        name: 'Coopérative distante',
        kind: 'cooperative',
        image: `${base}/logo.png`,
      },
      {
        id: 'local',
        name: 'Coopérative locale',
        kind: 'cooperative',
        image: `${page}/favicon.ico`,
      },
    ],
  };
}
