import type { PracticeFormMessages } from './practice-form.js';

// Typography of Quebec (OQLF): a non-breaking space before the colon and inside « », none
// before ? or !. Written as \u00a0 so no editor swallows it.
export const practiceFormFr = {
  practiceLegend: 'Votre pratique',
  languageLegend: 'Langue dans laquelle vous écrivez',
  titleLabel: 'Titre',
  summaryLabel: 'Résumé',
  summaryHint: 'Une ou deux phrases, affichées sur la fiche de la pratique dans la bibliothèque.',
  bodyLabel: 'La pratique en détail',
  bodyHint:
    'Ce que vous faites, comment, et ce que d’autres peuvent en retenir. Laissez une ligne vide entre les paragraphes. ' +
    'Vous pouvez écrire en **gras**, en *italique*, des listes en commençant chaque ligne par un tiret et une espace («\u00a0- \u00a0»), et des liens sous la forme [texte](https://…).',
  showPreview: 'Aperçu',
  hidePreview: 'Masquer l’aperçu',
  previewTitle: 'Aperçu',
  previewEmpty: 'Rien à afficher pour l’instant\u00a0: décrivez la pratique ci-dessus.',
  previewFailed:
    'L’aperçu n’a pas pu être chargé. Vérifiez votre connexion\u00a0; votre texte est conservé.',
  themesLegend: 'Thèmes',
  languagesLegend: 'Langues dans lesquelles la pratique est offerte (facultatif)',
  linksLegend: 'Liens (facultatif)',
  linksHint:
    'Un guide, une vidéo, le compte rendu de votre coopérative\u00a0: des adresses Web commençant par https://.',
  link: (position) => `Lien ${position}`,
  linkError: (position, message) => `Lien ${position}\u00a0: ${message}`,
  linkUrl: 'Adresse',
  linkTitle: 'Titre (facultatif)',
  authorLegend: 'À propos de vous (publié avec la pratique)',
  authorNameLabel: 'Votre nom',
  organisationLabel: 'Organisation (facultatif)',
  kindLegend: 'Type de membre (facultatif)',
  kinds: {
    cooperative: 'Coopérative',
    mutual: 'Mutuelle',
    academic: 'Recherche ou enseignement',
    individual: 'Personne',
    other: 'Autre',
  },
  countryLabel: 'Pays (facultatif)',
  countryNone: 'Non précisé',
  contactLegend: 'Pour vous joindre (jamais publié)',
  emailLabel: 'Adresse courriel',
  emailHint: (moderator) =>
    `Jamais publiée\u00a0: ${moderator} s’en sert uniquement pour vous écrire au sujet de cette pratique.`,
  optional: '(facultatif)',
  consentLabel: 'J’accepte que cette pratique soit publiée.',
  consentStatement: (moderator, contact) =>
    `Après examen par ${moderator}, le titre, le résumé, le texte, les thèmes, les langues et les liens de la pratique, ` +
    'ainsi que votre nom, votre organisation, votre type de membre et votre pays, seront publics sur ce site et dans son fichier de données de la communauté, que chacun peut réutiliser. ' +
    'Votre adresse courriel n’est jamais publiée.' +
    (contact ? ` Pour faire corriger ou retirer la pratique\u00a0: ${contact}.` : ''),
  moderatorFallback: 'l’équipe de modération',
  privacy: 'Politique de confidentialité',
  newTab: '(s’ouvre dans un nouvel onglet)',
  submit: 'Partager cette pratique',
  sending: 'Envoi de votre pratique…',
  summaryTitle: 'Il y a un problème',
  errorPrefix: 'Erreur\u00a0:',
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
  success: (moderator) =>
    `Merci! Votre pratique a bien été reçue. Elle sera publiée après examen par ${moderator}.`,
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
  retry: 'Réessayer',
  honeypot: 'Laissez ce champ vide',
} satisfies PracticeFormMessages;
