import type { PracticeFormMessages } from './practice-form.js';
import { memberKindNames } from './member-kinds.js';

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
  linkUrl: 'Adresse',
  linkTitle: 'Titre (facultatif)',
  authorLegend: 'À propos de vous (publié avec la pratique)',
  authorNameLabel: 'Votre nom',
  organisationLabel: 'Organisation (facultatif)',
  kindLegend: 'Type de membre (facultatif)',
  kinds: memberKindNames.fr,
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
  unavailable:
    'Le formulaire n’a pas pu être envoyé\u00a0: vérifiez votre connexion, puis réessayez. Votre pratique est toujours dans le formulaire.',
  success: (moderator) =>
    `Merci! Votre pratique a bien été reçue. Elle sera publiée après examen par ${moderator}.`,
  retry: 'Réessayer',
  honeypot: 'Laissez ce champ vide',
} satisfies PracticeFormMessages;
