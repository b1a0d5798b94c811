import type { NewsletterMessages } from './newsletter.js';

// Typography of Quebec (OQLF): a non-breaking space before the colon and inside « »,
// none before ? or !. Written as \u00a0 so no editor swallows it.
export const newsletterFr = {
  emailLabel: 'Adresse courriel',
  emailHint: 'Elle sert uniquement à vous envoyer l’infolettre.',
  nameLabel: 'Nom',
  optional: '(facultatif)',
  interestsLegend: 'Sujets qui vous intéressent (facultatif)',
  languageLegend: 'Langue de l’infolettre',
  consentLabel: 'Oui, j’accepte de recevoir l’infolettre par courriel.',
  consentStatement: (sender, contact) =>
    `${sender} vous enverra son infolettre sur le Sommet et le mouvement coopératif.` +
    (contact ? ` Pour nous joindre\u00a0: ${contact}.` : '') +
    ' Vous pouvez vous désabonner en tout temps grâce au lien présent dans chaque courriel.',
  privacy: 'Politique de confidentialité',
  newTab: '(s’ouvre dans un nouvel onglet)',
  submit: 'S’abonner',
  sending: 'Envoi de votre abonnement…',
  summaryTitle: 'Il y a un problème',
  errorPrefix: 'Erreur\u00a0:',
  errors: {
    email_missing: 'Entrez votre adresse courriel',
    email_invalid: 'Entrez une adresse courriel au bon format, comme nom@exemple.ca',
    email_too_long: 'L’adresse courriel doit compter 254 caractères ou moins',
    name_missing: 'Entrez votre nom',
    name_too_long: 'Le nom doit compter 200 caractères ou moins',
    interest_unknown: 'Choisissez des sujets dans la liste',
    language_invalid: 'Choisissez le français ou l’anglais',
    consent_missing: 'Cochez la case pour accepter de recevoir l’infolettre',
  },
  success: {
    subscribed: 'Merci! Votre abonnement à l’infolettre est confirmé.',
    confirm:
      'Presque terminé\u00a0: ouvrez le courriel que nous venons de vous envoyer et cliquez sur le lien pour confirmer votre abonnement.',
    already: 'Cette adresse est déjà abonnée. Merci de rester en contact!',
  },
  faults: {
    timeout:
      'Le service d’infolettre met trop de temps à répondre. Réessayez dans un moment. Si vous recevez un courriel de confirmation, inutile de recommencer.',
    offline: 'Vous semblez hors ligne. Vérifiez votre connexion Internet, puis réessayez.',
    network:
      'Impossible de joindre le service d’infolettre. Vérifiez votre connexion, puis réessayez dans un moment.',
    cors: 'Le service d’infolettre a refusé la demande venant de ce site. Réessayez plus tard ou écrivez-nous.',
    server: 'Le service d’infolettre éprouve un problème. Réessayez dans quelques minutes.',
    'rate-limited': 'Il y a eu trop de tentatives en peu de temps.',
    'invalid-response':
      'Le service d’infolettre a envoyé une réponse que nous ne comprenons pas. Réessayez plus tard.',
    script:
      'Le service d’infolettre n’a pas pu être chargé. Un bloqueur de contenu ou votre connexion peut en être la cause. Réessayez.',
    rejected: 'Le service d’infolettre a refusé l’abonnement.',
    invalid: 'Le service d’infolettre a refusé certains renseignements.',
  },
  retryAfter: (wait) => `Réessayez dans ${wait ?? 'quelques minutes'}.`,
  serviceSaid: 'Réponse du service\u00a0:',
  retry: 'Réessayer',
  honeypot: 'Laissez ce champ vide',
} satisfies NewsletterMessages;
