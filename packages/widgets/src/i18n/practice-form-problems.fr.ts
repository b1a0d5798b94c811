import type { PracticeProblemMessages } from './practice-form-problems.js';

// Typography of Quebec (OQLF): a non-breaking space before the colon and inside « », none
// before ? or !. Written as \u00a0 so no editor swallows it.
export const practiceProblemsFr = {
  errors: {
    language_invalid: 'Choisissez le français ou l’anglais',
    title_missing: 'Entrez un titre',
    title_too_long: 'Le titre doit compter 200 caractères ou moins',
    summary_missing: 'Entrez un résumé',
    summary_too_long: 'Le résumé doit compter 600 caractères ou moins',
    body_missing: 'Décrivez la pratique',
    body_too_long: 'La pratique doit compter 20\u00a0000 caractères ou moins',
    theme_missing: 'Choisissez au moins un thème',
    theme_unknown: 'Choisissez des thèmes dans la liste',
    languages_invalid: 'Choisissez des langues dans la liste',
    link_url_missing: 'Entrez l’adresse du lien',
    link_url_invalid:
      'Entrez une adresse Web commençant par https://, comme https://coop.exemple/guide',
    link_title_too_long: 'Le titre du lien doit compter 200 caractères ou moins',
    links_too_many: 'Donnez 10 liens ou moins',
    author_name_missing: 'Entrez votre nom',
    author_name_too_long: 'Le nom doit compter 200 caractères ou moins',
    organisation_too_long: 'L’organisation doit compter 200 caractères ou moins',
    organisation_invalid: 'Entrez le nom de votre organisation',
    kind_invalid: 'Choisissez un type de membre dans la liste',
    country_invalid: 'Choisissez un pays dans la liste',
    email_missing: 'Entrez votre adresse courriel',
    email_invalid: 'Entrez une adresse courriel au bon format, comme nom@exemple.ca',
    email_too_long: 'L’adresse courriel doit compter 254 caractères ou moins',
    consent_missing: 'Cochez la case pour accepter la publication de la pratique',
  },
  linkError: (position, message) => `Lien ${position}\u00a0: ${message}`,
  faults: {
    timeout:
      'Le service met trop de temps à répondre. Réessayez dans un moment\u00a0; votre pratique est toujours dans le formulaire.',
    offline: 'Vous semblez hors ligne. Vérifiez votre connexion Internet, puis réessayez.',
    network:
      'Impossible de joindre le service. Vérifiez votre connexion, puis réessayez dans un moment.',
    cors: 'Le service a refusé la demande venant de ce site. Réessayez plus tard ou écrivez-nous.',
    server: 'Le service éprouve un problème. Réessayez dans quelques minutes.',
    'rate-limited': 'Il y a eu trop d’envois en peu de temps.',
    'invalid-response':
      'Le service a envoyé une réponse que nous ne comprenons pas. Réessayez plus tard.',
    rejected: 'Le service a refusé la pratique.',
    invalid: 'Le service a refusé certains renseignements.',
  },
  retryAfter: (wait) => `Réessayez dans ${wait ?? 'quelques minutes'}.`,
  serviceSaid: 'Réponse du service\u00a0:',
} satisfies PracticeProblemMessages;
