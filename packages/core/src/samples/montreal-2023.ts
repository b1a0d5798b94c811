/**
 * The Global Innovation Coop Summit, Montréal 2023, as sample data for the docs, the demo site
 * and the tests: three days, three themes, twelve workshops (four per theme), the members who
 * lead them and a few practices shared afterwards.
 *
 * The summit, its three themes and its twelve workshops follow the GICS announcement. Every
 * title, summary, description, organisation, person, room and practice below was written for
 * this sample: the organisations and people are fictional, and their addresses use example.org.
 * Two workshops on 17 May overlap on purpose, to demonstrate conflict detection.
 */
import type { SummitInput } from '../summit/summit.schema.js';

export const montreal2023 = {
  id: 'gics-montreal-2023',
  name: {
    fr: 'Sommet mondial des coopératives innovantes — Montréal 2023',
    en: 'Global Innovation Coop Summit — Montréal 2023',
  },
  year: 2023,
  city: 'Montréal',
  country: 'CA',
  timeZone: 'America/Montreal',
  startDate: '2023-05-16',
  endDate: '2023-05-18',
  venue: {
    fr: 'Centre des congrès Exemple, Montréal',
    en: 'Example Convention Centre, Montréal',
  },
  themes: [
    {
      id: 'leadership-cooperatif',
      name: { fr: 'Leadership coopératif', en: 'Co-operative leadership' },
      description: {
        fr: 'Des coopératives et des mutuelles qui prennent les devants face aux changements climatiques, et qui coopèrent davantage entre elles pour y arriver.',
        en: 'Co-operatives and mutuals taking the lead on climate change, and co-operating more with one another to get there.',
      },
      color: '#1F5FA8',
    },
    {
      id: 'economie-circulaire',
      name: { fr: 'Économie circulaire', en: 'Circular economy' },
      description: {
        fr: 'Réduire, réparer, réemployer et partager : des pratiques concrètes pour que les ressources restent en circulation plus longtemps.',
        en: 'Reduce, repair, reuse and share: practical ways to keep resources in use for longer.',
      },
      color: '#2E7D32',
    },
    {
      id: 'numerisation',
      name: { fr: 'Numérisation', en: 'Digitalization' },
      description: {
        fr: 'Tirer parti d’une société numérique sans renoncer aux valeurs coopératives : données, plateformes, inclusion et sécurité.',
        en: 'Making the most of a digital society without giving up co-operative values: data, platforms, inclusion and security.',
      },
      color: '#6B3FA0',
    },
  ],
  workshops: [
    {
      id: 'ouverture-leadership-climat',
      title: {
        fr: 'Le leadership coopératif face à l’urgence climatique',
        en: 'Co-operative leadership in the climate emergency',
      },
      summary: {
        fr: 'Pourquoi les coopératives et les mutuelles sont bien placées pour mener la transition, et ce qui les retient encore.',
        en: 'Why co-operatives and mutuals are well placed to lead the transition, and what still holds them back.',
      },
      description: {
        fr: 'Quelques semaines après le Jour de la Terre, cette conférence d’ouverture fait le point sur ce que le modèle coopératif apporte à la lutte contre les changements climatiques : propriété collective, vision à long terme, ancrage dans les communautés. Elle pose aussi les deux questions qui guideront le Sommet : comment passer des engagements aux gestes concrets, et comment coopérer davantage entre coopératives ?',
        en: 'A few weeks after Earth Day, this opening keynote looks at what the co-operative model brings to the fight against climate change: collective ownership, a long-term view, roots in local communities. It also asks the two questions that will guide the Summit: how do we move from commitments to concrete action, and how can co-operatives co-operate more with one another?',
      },
      themeIds: ['leadership-cooperatif'],
      start: '2023-05-16T09:00:00-04:00',
      end: '2023-05-16T10:00:00-04:00',
      room: { fr: 'Grande salle', en: 'Main Hall' },
      format: 'keynote',
      language: 'bilingual',
      speakerIds: ['camille-exemple', 'cooperative-exemple'],
      tags: ['climat', 'climate', 'ouverture', 'opening'],
    },
    {
      id: 'cartographier-flux-matieres',
      title: {
        fr: 'Cartographier les flux de matières de sa coopérative',
        en: 'Mapping your co-op’s material flows',
      },
      summary: {
        fr: 'Un atelier pratique pour repérer ce qui entre, ce qui sort et ce qui pourrait servir ailleurs.',
        en: 'A hands-on session to see what comes in, what goes out and what could be useful elsewhere.',
      },
      description: {
        fr: 'En petites équipes, les participants dressent la carte des matières d’une coopérative fictive, de l’approvisionnement aux rebuts. On y cherche ensuite les boucles possibles : surplus à revendre, emballages à reprendre, déchets qui deviennent la matière première d’une coopérative voisine. Chacun repart avec un modèle de carte à remplir chez soi.',
        en: 'In small teams, participants map the materials of a fictional co-operative, from purchasing to waste. They then look for loops: surplus to sell, packaging to take back, waste that becomes a neighbouring co-op’s raw material. Everyone leaves with a blank map template to fill in at home.',
      },
      themeIds: ['economie-circulaire'],
      start: '2023-05-16T10:30:00-04:00',
      end: '2023-05-16T12:00:00-04:00',
      room: { fr: 'Salle Érable', en: 'Maple Room' },
      format: 'workshop',
      language: 'fr',
      speakerIds: ['cooperative-exemple', 'jordan-fictif'],
      capacity: 40,
      tags: ['matières', 'materials', 'atelier pratique', 'hands-on'],
    },
    {
      id: 'plateformes-proprietes-donnees',
      title: {
        fr: 'Plateformes coopératives : à qui appartiennent les données ?',
        en: 'Platform co-ops: who owns the data?',
      },
      summary: {
        fr: 'Trois organisations comparent leur façon de gouverner les données que leurs membres leur confient.',
        en: 'Three organizations compare how they govern the data their members entrust to them.',
      },
      description: {
        fr: 'Une coopérative de services numériques, une coopérative de plateforme et une mutuelle racontent leurs choix : ce qu’elles collectent, qui peut y accéder, comment les membres votent sur l’usage de leurs données. Le panel se termine par une période de questions avec la salle.',
        en: 'A digital services co-operative, a platform co-operative and a mutual describe their choices: what they collect, who can access it, how members vote on the use of their data. The panel ends with questions from the floor.',
      },
      themeIds: ['numerisation'],
      start: '2023-05-16T13:30:00-04:00',
      end: '2023-05-16T15:00:00-04:00',
      room: { fr: 'Grande salle', en: 'Main Hall' },
      format: 'panel',
      language: 'bilingual',
      speakerIds: [
        'cooperative-numerique-imaginaire',
        'alex-placeholder',
        'example-mutual-society',
      ],
      tags: ['données', 'data', 'plateformes', 'platforms', 'gouvernance', 'governance'],
    },
    {
      id: 'assemblee-generale-participative',
      title: {
        fr: 'Animer une assemblée générale vraiment participative',
        en: 'Running a truly participatory general meeting',
      },
      summary: {
        fr: 'Des techniques d’animation éprouvées pour que chaque membre ait voix au chapitre.',
        en: 'Proven facilitation techniques so that every member has a say.',
      },
      description: {
        fr: 'Votes par étapes, tables rondes, questions recueillies à l’avance : l’atelier fait essayer aux participants quatre formats qui redonnent vie aux assemblées générales. On discute aussi de ce qui fonctionne en mode hybride, quand une partie des membres se joint à distance.',
        en: 'Staged votes, round tables, questions gathered in advance: participants try out four formats that bring general meetings back to life. The session also covers what works in hybrid meetings, when some members join remotely.',
      },
      themeIds: ['leadership-cooperatif'],
      start: '2023-05-16T15:30:00-04:00',
      end: '2023-05-16T17:00:00-04:00',
      room: { fr: 'Salle Bouleau', en: 'Birch Room' },
      format: 'workshop',
      language: 'fr',
      speakerIds: ['mutuelle-fictive-du-quebec', 'jordan-fictif'],
      capacity: 30,
      tags: ['gouvernance', 'governance', 'animation', 'facilitation'],
    },
    {
      id: 'economie-circulaire-cooperative',
      title: {
        fr: 'L’économie circulaire, à la manière des coopérateurs',
        en: 'The circular economy, the co-operative way',
      },
      summary: {
        fr: 'Ce que les principes coopératifs changent à la façon de boucler les boucles.',
        en: 'How co-operative principles change the way we close the loop.',
      },
      description: {
        fr: 'Une coopérative d’habitation a réduit de moitié ses déchets en trois ans en partageant outils, espaces et savoir-faire entre ses membres. Sa porte-parole explique pourquoi la propriété collective facilite la circularité, et où se trouvent encore les obstacles.',
        en: 'A housing co-operative halved its waste in three years by sharing tools, spaces and know-how among its members. Its spokesperson explains why collective ownership makes circularity easier, and where the obstacles still lie.',
      },
      themeIds: ['economie-circulaire'],
      start: '2023-05-17T09:00:00-04:00',
      end: '2023-05-17T10:00:00-04:00',
      room: { fr: 'Grande salle', en: 'Main Hall' },
      format: 'keynote',
      language: 'en',
      speakerIds: ['aroha-sample'],
      tags: ['habitation', 'housing', 'partage', 'sharing'],
    },
    {
      id: 'numerique-inclusif',
      title: {
        fr: 'Numériser sans laisser de membres derrière',
        en: 'Going digital without leaving members behind',
      },
      summary: {
        fr: 'Comment moderniser les services sans exclure les membres moins à l’aise avec le numérique.',
        en: 'How to modernize services without shutting out members who are less comfortable online.',
      },
      description: {
        fr: 'À partir du cas d’une mutuelle qui a mis en ligne ses services aux membres, l’atelier aborde l’accessibilité, le maintien d’un accueil en personne et le rôle des membres bénévoles comme accompagnateurs. Les participants repartent avec une grille d’autoévaluation.',
        en: 'Starting from a mutual that moved its member services online, the session covers accessibility, keeping in-person service, and volunteer members as digital mentors. Participants leave with a self-assessment checklist.',
      },
      themeIds: ['numerisation'],
      start: '2023-05-17T10:30:00-04:00',
      end: '2023-05-17T12:00:00-04:00',
      room: { fr: 'Salle Érable', en: 'Maple Room' },
      format: 'workshop',
      language: 'fr',
      speakerIds: ['mutuelle-fictive-du-quebec', 'camille-exemple'],
      capacity: 40,
      tags: ['inclusion', 'accessibilité', 'accessibility'],
    },
    {
      id: 'modeles-affaires-circulaires',
      title: {
        fr: 'Réparer, réemployer, mutualiser : des modèles d’affaires circulaires',
        en: 'Repair, reuse, share: circular business models',
      },
      summary: {
        fr: 'Trois modèles d’affaires circulaires passés au crible, chiffres à l’appui.',
        en: 'Three circular business models examined, figures included.',
      },
      description: {
        fr: 'Un café-réparation pour les entreprises, la location d’équipement entre coopératives, l’assurance mutuelle des objets réparés : pour chaque modèle, on examine les revenus, les coûts et ce qu’il faut pour le lancer. Cet atelier a lieu en même temps que « Numériser sans laisser de membres derrière ».',
        en: 'A repair café for businesses, equipment rental between co-operatives, mutual insurance for repaired goods: for each model, we look at revenue, costs and what it takes to launch. This session runs at the same time as “Going digital without leaving members behind”.',
      },
      themeIds: ['economie-circulaire'],
      start: '2023-05-17T11:00:00-04:00',
      end: '2023-05-17T12:30:00-04:00',
      room: { fr: 'Salle Bouleau', en: 'Birch Room' },
      format: 'workshop',
      language: 'en',
      speakerIds: ['example-mutual-society', 'cooperative-exemple'],
      capacity: 30,
      url: 'https://example.org/gics-montreal-2023/modeles-affaires-circulaires',
      tags: ['réparation', 'repair', 'réemploi', 'reuse', 'modèle d’affaires', 'business model'],
    },
    {
      id: 'cooperation-entre-cooperatives',
      title: {
        fr: 'Coopérer entre coopératives : de l’intention à l’action',
        en: 'Co-operation among co-operatives: from intention to action',
      },
      summary: {
        fr: 'Le sixième principe coopératif mis à l’épreuve du terrain.',
        en: 'The sixth co-operative principle put to the test.',
      },
      description: {
        fr: 'Achats groupés, fonds communs, partage de personnel : les panélistes présentent des alliances qui ont tenu, et d’autres qui ont échoué. Qu’est-ce qui fait la différence ? La confiance, la taille, la gouvernance ? Le débat est ouvert, en français et en anglais.',
        en: 'Group purchasing, shared funds, shared staff: the panellists present alliances that held, and some that failed. What makes the difference? Trust, size, governance? The debate is open, in French and English.',
      },
      themeIds: ['leadership-cooperatif'],
      start: '2023-05-17T13:30:00-04:00',
      end: '2023-05-17T15:00:00-04:00',
      room: { fr: 'Grande salle', en: 'Main Hall' },
      format: 'panel',
      language: 'bilingual',
      speakerIds: ['mutuelle-fictive-du-quebec', 'samir-modele', 'aroha-sample'],
      tags: ['intercoopération', 'inter-co-operation', 'alliances'],
    },
    {
      id: 'donnees-ouvertes-impact',
      title: {
        fr: 'Des données ouvertes pour mesurer l’impact des mutuelles',
        en: 'Open data to measure the impact of mutuals',
      },
      summary: {
        fr: 'Publier ses indicateurs sociaux et environnementaux en données ouvertes, pas à pas.',
        en: 'Publishing social and environmental indicators as open data, step by step.',
      },
      description: {
        fr: 'Quels indicateurs choisir, sous quel format les publier, comment protéger la vie privée des membres ? Les participants construisent ensemble un premier jeu de données d’impact à partir d’un exemple réaliste, puis le comparent à celui d’une autre mutuelle.',
        en: 'Which indicators to choose, which format to publish them in, how to protect members’ privacy? Participants build a first impact dataset together from a realistic example, then compare it with another mutual’s.',
      },
      themeIds: ['numerisation'],
      start: '2023-05-17T15:30:00-04:00',
      end: '2023-05-17T17:00:00-04:00',
      room: { fr: 'Salle Érable', en: 'Maple Room' },
      format: 'workshop',
      language: 'en',
      speakerIds: ['example-mutual-society', 'samir-modele'],
      tags: ['données ouvertes', 'open data', 'impact', 'indicateurs', 'indicators'],
    },
    {
      id: 'mesurer-circularite',
      title: {
        fr: 'Mesurer la circularité : cinq indicateurs pour les coopératives',
        en: 'Measuring circularity: five indicators for co-ops',
      },
      summary: {
        fr: 'Un tableau de bord simple pour suivre ses progrès d’une année à l’autre.',
        en: 'A simple dashboard to track progress from one year to the next.',
      },
      description: {
        fr: 'Taux de réemploi, part des matières recyclées, durée de vie des équipements, achats locaux, déchets évités : l’atelier propose cinq indicateurs faciles à calculer avec les données qu’une coopérative possède déjà, et montre comment les présenter aux membres en assemblée.',
        en: 'Reuse rate, share of recycled materials, equipment lifespan, local purchasing, waste avoided: the session offers five indicators that are easy to compute from the data a co-operative already has, and shows how to present them to members at a general meeting.',
      },
      themeIds: ['economie-circulaire'],
      start: '2023-05-18T09:00:00-04:00',
      end: '2023-05-18T10:30:00-04:00',
      room: { fr: 'Salle Bouleau', en: 'Birch Room' },
      format: 'workshop',
      language: 'fr',
      speakerIds: ['samir-modele', 'jordan-fictif'],
      capacity: 35,
      tags: ['indicateurs', 'indicators', 'tableau de bord', 'dashboard'],
    },
    {
      id: 'cybersecurite-petites-cooperatives',
      title: {
        fr: 'La cybersécurité à la portée des petites coopératives',
        en: 'Cybersecurity within reach of small co-ops',
      },
      summary: {
        fr: 'Les dix mesures qui protègent le mieux, sans service informatique ni gros budget.',
        en: 'The ten measures that protect best, with no IT department and no big budget.',
      },
      description: {
        fr: 'Sauvegardes, authentification à deux facteurs, gestion des accès des bénévoles, plan en cas d’incident : une coopérative de services numériques partage la liste de vérification qu’elle utilise avec ses membres, et les participants l’adaptent à leur propre organisation.',
        en: 'Backups, two-factor authentication, managing volunteers’ access, an incident plan: a digital services co-operative shares the checklist it uses with its members, and participants adapt it to their own organization.',
      },
      themeIds: ['numerisation'],
      start: '2023-05-18T11:00:00-04:00',
      end: '2023-05-18T12:30:00-04:00',
      room: { fr: 'Salle Érable', en: 'Maple Room' },
      format: 'workshop',
      language: 'en',
      speakerIds: ['cooperative-numerique-imaginaire', 'alex-placeholder'],
      capacity: 35,
      tags: ['sécurité', 'security', 'liste de vérification', 'checklist'],
    },
    {
      id: 'lancement-communaute-pratique',
      title: {
        fr: 'Lancement de la communauté de pratique GICS',
        en: 'Launching the GICS community of practice',
      },
      summary: {
        fr: 'La séance de clôture : donner une suite aux échanges du Sommet, entre deux éditions.',
        en: 'The closing session: keeping the Summit’s conversations going between editions.',
      },
      description: {
        fr: 'La communauté de pratique GICS s’adresse aux coopératives, aux mutuelles, aux universitaires et à toute personne intéressée par le modèle d’affaires coopératif. Cette plénière en présente le fonctionnement, recueille les premières pratiques proposées par les participants et fixe les prochains rendez-vous.',
        en: 'The GICS community of practice is open to co-operatives, mutuals, academics and anyone interested in the co-operative business model. This plenary explains how it will work, gathers the first practices put forward by participants and sets the next meetings.',
      },
      themeIds: ['leadership-cooperatif'],
      start: '2023-05-18T13:30:00-04:00',
      end: '2023-05-18T15:00:00-04:00',
      room: { fr: 'Grande salle', en: 'Main Hall' },
      format: 'plenary',
      language: 'bilingual',
      speakerIds: ['cooperative-exemple', 'mutuelle-fictive-du-quebec', 'camille-exemple'],
      tags: ['communauté de pratique', 'community of practice', 'clôture', 'closing'],
    },
  ],
  members: [
    {
      id: 'cooperative-exemple',
      name: 'Coopérative Exemple',
      kind: 'cooperative',
      country: 'CA',
      city: 'Montréal',
      url: 'https://example.org/cooperative-exemple',
      bio: {
        fr: 'Coopérative de consommation fictive créée pour cet exemple. Elle réduit ses déchets avec ses coopératives voisines depuis 2019.',
        en: 'A fictional consumer co-operative created for this sample. It has been cutting waste with neighbouring co-ops since 2019.',
      },
    },
    {
      id: 'mutuelle-fictive-du-quebec',
      name: 'Mutuelle Fictive du Québec',
      kind: 'mutual',
      country: 'CA',
      city: 'Québec',
      url: 'https://example.org/mutuelle-fictive',
      bio: {
        fr: 'Mutuelle d’assurance imaginaire, propriété de ses membres assurés.',
        en: 'An imaginary insurance mutual, owned by its policyholders.',
      },
    },
    {
      id: 'camille-exemple',
      name: 'Camille Exemple',
      kind: 'academic',
      organisation: 'Université Fictive de Montréal',
      country: 'CA',
      city: 'Montréal',
      bio: {
        fr: 'Personnage fictif. Professeure en gestion des entreprises collectives.',
        en: 'A fictional character. Professor of collective enterprise management.',
      },
    },
    {
      id: 'jordan-fictif',
      name: 'Jordan Fictif',
      kind: 'individual',
      country: 'FR',
      city: 'Lyon',
      bio: {
        fr: 'Personnage fictif. Facilitateur indépendant auprès de coopératives.',
        en: 'A fictional character. Independent facilitator working with co-operatives.',
      },
    },
    {
      id: 'example-mutual-society',
      name: 'Example Mutual Society',
      kind: 'mutual',
      country: 'GB',
      city: 'Manchester',
      url: 'https://example.org/example-mutual-society',
    },
    {
      id: 'cooperative-numerique-imaginaire',
      name: 'Coopérative numérique Imaginaire',
      kind: 'cooperative',
      country: 'CA',
      city: 'Sherbrooke',
      bio: {
        fr: 'Coopérative de travail fictive qui offre des services informatiques à d’autres coopératives.',
        en: 'A fictional worker co-operative providing IT services to other co-operatives.',
      },
    },
    {
      id: 'samir-modele',
      name: 'Samir Modèle',
      kind: 'academic',
      organisation: 'Institut Fictif d’économie sociale',
      country: 'SN',
      city: 'Dakar',
      bio: {
        fr: 'Personnage fictif. Chercheur en mesure d’impact social.',
        en: 'A fictional character. Researcher in social impact measurement.',
      },
    },
    {
      id: 'alex-placeholder',
      name: 'Alex Placeholder',
      kind: 'individual',
      organisation: 'Placeholder Platform Co-op',
      country: 'CA',
      city: 'Toronto',
    },
    {
      id: 'aroha-sample',
      name: 'Aroha Sample',
      kind: 'individual',
      organisation: 'Sample Housing Co-operative',
      country: 'NZ',
      city: 'Wellington',
      bio: {
        fr: 'Personnage fictif. Porte-parole d’une coopérative d’habitation.',
        en: 'A fictional character. Spokesperson for a housing co-operative.',
      },
    },
  ],
  practices: [
    {
      id: 'fonds-entraide-transition',
      title: {
        fr: 'Un fonds d’entraide intercoopératif pour la transition',
        en: 'A shared inter-co-operative fund for the transition',
      },
      summary: {
        fr: 'Des coopératives mettent en commun une part de leurs trop-perçus pour financer les projets verts des plus petites.',
        en: 'Co-operatives pool part of their surpluses to fund smaller co-ops’ green projects.',
      },
      body: {
        fr: 'Chaque coopérative participante verse 1 % de ses trop-perçus annuels dans un fonds commun. Un comité formé de représentants élus choisit deux fois par année les projets à soutenir, en priorité ceux des coopératives de moins de dix employés.',
        en: 'Each participating co-operative pays 1% of its annual surplus into a common fund. A committee of elected representatives picks the projects to support twice a year, giving priority to co-ops with fewer than ten employees.',
      },
      themeIds: ['leadership-cooperatif', 'economie-circulaire'],
      authorIds: ['mutuelle-fictive-du-quebec'],
      tags: ['financement', 'funding', 'intercoopération', 'inter-co-operation'],
      date: '2023-05-18',
    },
    {
      id: 'bibliotheque-outils',
      title: {
        fr: 'Une bibliothèque d’outils partagée entre coopératives voisines',
        en: 'A tool library shared by neighbouring co-ops',
      },
      summary: {
        fr: 'Perceuses, escabeaux et remorques passent d’une coopérative à l’autre au lieu de dormir dans un placard.',
        en: 'Drills, ladders and trailers move from one co-op to the next instead of gathering dust.',
      },
      themeIds: ['economie-circulaire'],
      authorIds: ['cooperative-exemple'],
      tags: ['partage', 'sharing', 'outils', 'tools'],
      date: '2023-05-18',
    },
    {
      id: 'charte-donnees-membres',
      title: {
        fr: 'Une charte de gouvernance des données des membres',
        en: 'A member data governance charter',
      },
      summary: {
        fr: 'Une page claire, adoptée en assemblée, qui dit ce que la coopérative fait des données de ses membres.',
        en: 'One clear page, adopted at a general meeting, stating what the co-op does with its members’ data.',
      },
      themeIds: ['numerisation'],
      authorIds: ['cooperative-numerique-imaginaire', 'alex-placeholder'],
      tags: ['données', 'data', 'vie privée', 'privacy'],
      date: '2023-05-19',
    },
    {
      id: 'tableau-bord-circularite',
      title: {
        fr: 'Un tableau de bord de circularité en cinq indicateurs',
        en: 'A five-indicator circularity dashboard',
      },
      summary: {
        fr: 'Le modèle présenté à Montréal, prêt à remplir avec les données de sa coopérative.',
        en: 'The template presented in Montréal, ready to fill in with your co-op’s data.',
      },
      themeIds: ['economie-circulaire'],
      authorIds: ['camille-exemple', 'samir-modele'],
      tags: ['indicateurs', 'indicators'],
      url: 'https://example.org/gics-montreal-2023/tableau-de-bord',
      date: '2023-05-25',
    },
    {
      id: 'jumelage-intergenerationnel',
      title: {
        fr: 'Un jumelage intergénérationnel pour le numérique',
        en: 'Intergenerational pairing for digital skills',
      },
      summary: {
        fr: 'De jeunes membres accompagnent des aînés dans leurs services en ligne ; les aînés transmettent l’histoire et les valeurs de la coopérative.',
        en: 'Young members help older ones with online services; older members pass on the co-op’s history and values.',
      },
      themeIds: ['numerisation', 'leadership-cooperatif'],
      authorIds: ['jordan-fictif', 'mutuelle-fictive-du-quebec'],
      tags: ['inclusion', 'mentorat', 'mentoring'],
      date: '2023-06-01',
    },
  ],
} satisfies SummitInput;
