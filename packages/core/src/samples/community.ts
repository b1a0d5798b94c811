/**
 * A GICS community of practice as sample data for the docs, the demo site and the tests: the
 * three GICS themes, twenty members (co-operatives, mutuals, academics, a network, individuals)
 * across the Francophonie and beyond, and thirty practices they shared between summits.
 *
 * Every organisation, person, text and address below was written for this sample: the
 * organisations and people are fictional, and their addresses use example.org and example.net.
 * Every text is given in French and in English. Some people have not agreed to be listed
 * (`listed: false`, or no answer), so directories leave them out while their practices still
 * credit them.
 */
import type { CommunityInput } from '../community/community.schema.js';

export const gicsCommunity = {
  id: 'gics-community',
  name: {
    fr: 'Communauté de pratique du GICS',
    en: 'GICS community of practice',
  },
  description: {
    fr: 'Coopératives, mutuelles, chercheurs et toute personne intéressée par le modèle coopératif partagent entre deux sommets leurs bonnes pratiques et leurs idées innovantes.',
    en: 'Co-operatives, mutuals, researchers and anyone interested in the co-operative model share their good practices and innovative ideas between summits.',
  },
  url: 'https://community.example.org/',
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
        fr: 'Réduire, réparer, réemployer et partager : des pratiques concrètes pour que les ressources restent en circulation plus longtemps.',
        en: 'Reduce, repair, reuse and share: practical ways to keep resources in use for longer.',
      },
      color: '#2E7D32',
    },
    {
      id: 'numerisation',
      name: { fr: 'Numérisation', en: 'Digitalization' },
      description: {
        fr: 'Tirer parti d’une société numérique sans renoncer aux valeurs coopératives : données, plateformes, inclusion et sécurité.',
        en: 'Making the most of a digital society without giving up co-operative values: data, platforms, inclusion and security.',
      },
      color: '#6B3FA0',
    },
  ],
  members: [
    {
      id: 'habitat-rosemont',
      name: 'Coopérative d’habitation Rosemont Exemple',
      kind: 'cooperative',
      country: 'CA',
      city: 'Montréal',
      location: { lat: 45.5434, lon: -73.5797 },
      url: 'https://habitat-rosemont.example.org/',
      bio: {
        fr: 'Coopérative de 120 logements qui rénove son parc pour consommer moins d’énergie, avec ses membres locataires.',
        en: 'A 120-home housing co-operative retrofitting its buildings to use less energy, together with its tenant members.',
      },
      languages: ['fr', 'en'],
      tags: ['habitation', 'housing', 'énergie', 'energy'],
    },
    {
      id: 'mutuelle-dauphine',
      name: 'Mutuelle solidaire du Dauphiné (fictive)',
      kind: 'mutual',
      country: 'FR',
      city: 'Grenoble',
      location: { lat: 45.1885, lon: 5.7245 },
      url: 'https://mutuelle-dauphine.example.org/',
      bio: {
        fr: 'Mutuelle de santé de 40 000 adhérents, gouvernée par des délégués élus dans chaque vallée.',
        en: 'A health mutual of 40,000 members, governed by delegates elected in each valley.',
      },
      languages: ['fr'],
      tags: ['santé', 'health', 'gouvernance', 'governance'],
    },
    {
      id: 'cooperative-thies',
      name: 'Coopérative maraîchère de Thiès Exemple',
      kind: 'cooperative',
      country: 'SN',
      city: 'Thiès',
      location: { lat: 14.791, lon: -16.9256 },
      bio: {
        fr: 'Trois cents productrices et producteurs qui compostent, sèchent et vendent ensemble leurs légumes.',
        en: 'Three hundred growers who compost, dry and sell their vegetables together.',
      },
      languages: ['fr', 'wo'],
      tags: ['agriculture', 'compost'],
      links: [
        {
          title: { fr: 'Rapport annuel 2024', en: '2024 annual report' },
          url: 'https://thies-maraichage.example.org/rapport-2024',
        },
      ],
    },
    {
      id: 'recyclage-kigali',
      name: 'Kigali Example Recycling Co-operative',
      kind: 'cooperative',
      country: 'RW',
      city: 'Kigali',
      location: { lat: -1.9441, lon: 30.0619 },
      url: 'https://kigali-recycling.example.org/',
      bio: {
        fr: 'Coopérative de collecte et de tri qui transforme le plastique en pavés et en mobilier urbain.',
        en: 'A collection and sorting co-operative turning plastic into paving stones and street furniture.',
      },
      languages: ['rw', 'en', 'fr'],
      tags: ['recyclage', 'recycling', 'plastique', 'plastic'],
    },
    {
      id: 'banque-liege',
      name: 'Banque coopérative de Liège Exemple',
      kind: 'cooperative',
      country: 'BE',
      city: 'Liège',
      location: { lat: 50.6326, lon: 5.5797 },
      url: 'https://banque-liege.example.org/',
      bio: {
        fr: 'Banque coopérative qui finance les projets d’économie circulaire de la région et les coopératives naissantes.',
        en: 'A co-operative bank financing the region’s circular-economy projects and young co-operatives.',
      },
      languages: ['fr', 'nl', 'en'],
      tags: ['finance', 'crédit', 'credit'],
    },
    {
      id: 'chaire-sherbrooke',
      name: 'Chaire de recherche sur la gouvernance coopérative (fictive)',
      kind: 'academic',
      organisation: 'Université Exemple de Sherbrooke',
      country: 'CA',
      city: 'Sherbrooke',
      location: { lat: 45.3788, lon: -71.9286 },
      url: 'https://chaire-gouvernance.example.org/',
      bio: {
        fr: 'Équipe de recherche qui étudie, avec les coopératives, comment leurs conseils d’administration décident face au climat.',
        en: 'A research team studying, with co-operatives, how their boards make decisions in the face of climate change.',
      },
      languages: ['fr', 'en'],
      tags: ['recherche', 'research', 'gouvernance', 'governance'],
    },
    {
      id: 'labo-lausanne',
      name: 'Laboratoire d’économie sociale de Lausanne Exemple',
      kind: 'academic',
      country: 'CH',
      city: 'Lausanne',
      bio: {
        fr: 'Laboratoire universitaire qui mesure l’impact des coopératives de plateforme en Suisse romande.',
        en: 'A university lab measuring the impact of platform co-operatives in French-speaking Switzerland.',
      },
      languages: ['fr', 'de', 'en'],
      tags: ['plateformes', 'platforms', 'mesure d’impact', 'impact measurement'],
    },
    {
      id: 'mutual-example-bay',
      name: 'Example Bay Mutual Insurance Society',
      kind: 'mutual',
      country: 'IE',
      city: 'Galway',
      location: { lat: 53.2707, lon: -9.0568 },
      url: 'https://example-bay-mutual.example.net/',
      bio: {
        fr: 'Assurance mutuelle de pêcheurs et d’agriculteurs côtiers, qui prend en charge la réparation avant le remplacement.',
        en: 'A mutual insurer of fishers and coastal farmers that pays for repair before replacement.',
      },
      languages: ['en', 'ga'],
      tags: ['assurance', 'insurance'],
    },
    {
      id: 'cooperativa-remienda',
      name: 'Cooperativa Remienda (ficticia)',
      kind: 'cooperative',
      country: 'MX',
      city: 'Oaxaca',
      location: { lat: 17.0732, lon: -96.7266 },
      bio: {
        fr: 'Coopérative de couturières qui répare et transforme des vêtements usagés pour les boutiques de la ville.',
        en: 'A co-operative of seamstresses repairing and remaking second-hand clothes for the city’s shops.',
      },
      languages: ['es', 'en'],
      tags: ['textile', 'réparation', 'repair'],
    },
    {
      id: 'livraison-equitable',
      name: 'Livraison équitable Lyon (coopérative fictive)',
      kind: 'cooperative',
      country: 'FR',
      city: 'Lyon',
      location: { lat: 45.764, lon: 4.8357 },
      url: 'https://livraison-equitable.example.org/',
      bio: {
        fr: 'Coopérative de plateforme appartenant à ses livreuses et livreurs à vélo.',
        en: 'A platform co-operative owned by its bicycle couriers.',
      },
      languages: ['fr', 'en'],
      tags: ['plateformes', 'platforms', 'vélo', 'cycling'],
    },
    {
      id: 'numerique-sfax',
      name: 'Coopérative numérique de Sfax Exemple',
      kind: 'cooperative',
      country: 'TN',
      city: 'Sfax',
      bio: {
        fr: 'Développeuses et développeurs associés qui construisent des logiciels libres pour les coopératives agricoles.',
        en: 'Developers in association building free software for agricultural co-operatives.',
      },
      languages: ['ar', 'fr', 'en'],
      tags: ['logiciel libre', 'free software'],
    },
    {
      id: 'dairy-nyeri',
      name: 'Nyeri Example Dairy Co-operative',
      kind: 'cooperative',
      country: 'KE',
      city: 'Nyeri',
      location: { lat: -0.4201, lon: 36.9476 },
      bio: {
        fr: 'Coopérative laitière de 2 000 membres qui paie ses producteurs par téléphone mobile.',
        en: 'A 2,000-member dairy co-operative paying its farmers by mobile phone.',
      },
      languages: ['sw', 'en'],
      tags: ['lait', 'dairy', 'paiement mobile', 'mobile payments'],
    },
    {
      id: 'foret-abitibi',
      name: 'Coopérative forestière de l’Abitibi Exemple',
      kind: 'cooperative',
      country: 'CA',
      city: 'Rouyn-Noranda',
      bio: {
        fr: 'Coopérative de travailleurs forestiers qui valorise chaque résidu de coupe.',
        en: 'A forestry workers’ co-operative that finds a use for every cutting residue.',
      },
      languages: ['fr'],
      tags: ['forêt', 'forestry', 'biomasse', 'biomass'],
    },
    {
      id: 'reseau-jeunesse',
      name: 'Réseau francophone des coopératives jeunesse (fictif)',
      kind: 'other',
      country: 'CI',
      city: 'Abidjan',
      location: { lat: 5.36, lon: -4.0083 },
      bio: {
        fr: 'Réseau qui accompagne des jeunes de 15 à 25 ans dans la création de coopératives de services.',
        en: 'A network helping young people aged 15 to 25 start service co-operatives.',
      },
      languages: ['fr'],
      tags: ['jeunesse', 'youth', 'formation', 'training'],
    },
    {
      id: 'aminata-exemple',
      name: 'Aminata Exemple-Diallo',
      kind: 'individual',
      organisation: 'Conseil indépendant',
      country: 'SN',
      city: 'Dakar',
      bio: {
        fr: 'Accompagne des coopératives de femmes dans la transformation et la vente de produits locaux.',
        en: 'Supports women’s co-operatives in processing and selling local produce.',
      },
      languages: ['fr', 'wo', 'en'],
      tags: ['accompagnement', 'coaching'],
      listed: true,
    },
    {
      id: 'jonas-fictif',
      name: 'Jonas Fictif',
      kind: 'individual',
      organisation: 'Genossenschaftsverband Beispiel',
      country: 'DE',
      city: 'Leipzig',
      bio: {
        fr: 'Auditeur coopératif qui aide les coopératives d’énergie citoyenne à publier leurs données.',
        en: 'A co-operative auditor helping community energy co-operatives publish their data.',
      },
      languages: ['de', 'en'],
      tags: ['énergie', 'energy', 'données ouvertes', 'open data'],
      listed: true,
    },
    {
      id: 'lea-imaginaire',
      name: 'Léa Imaginaire',
      kind: 'individual',
      organisation: 'Livraison équitable Lyon (coopérative fictive)',
      country: 'FR',
      city: 'Lyon',
      languages: ['fr'],
      listed: false,
    },
    {
      id: 'marc-antoine-exemple',
      name: 'Marc-Antoine Exemple',
      kind: 'individual',
      organisation: 'Coopérative d’habitation Rosemont Exemple',
      country: 'CA',
      city: 'Montréal',
      languages: ['fr', 'en'],
    },
    {
      id: 'rosa-inventada',
      name: 'Rosa Inventada',
      kind: 'individual',
      organisation: 'Rede Cooperativa Exemplo',
      country: 'BR',
      city: 'Porto Alegre',
      location: { lat: -30.0346, lon: -51.2177 },
      bio: {
        fr: 'Formatrice en éducation coopérative, elle anime des ateliers sur la gestion démocratique.',
        en: 'A co-operative education trainer running workshops on democratic management.',
      },
      languages: ['pt-BR', 'es', 'en'],
      tags: ['éducation', 'education'],
      listed: true,
    },
    {
      id: 'institut-hanoi',
      name: 'Institut d’études coopératives de Hanoï Exemple',
      kind: 'academic',
      country: 'VN',
      city: 'Hanoï',
      bio: {
        fr: 'Institut qui forme les dirigeants de coopératives agricoles et documente leurs innovations.',
        en: 'An institute training agricultural co-operative leaders and documenting their innovations.',
      },
      languages: ['vi', 'fr', 'en'],
      tags: ['formation', 'training', 'agriculture'],
    },
  ],
  practices: [
    // Co-operative leadership
    {
      id: 'climat-au-conseil',
      title: {
        fr: 'Le climat à chaque réunion du conseil',
        en: 'Climate on every board agenda',
      },
      summary: {
        fr: 'Un point fixe à l’ordre du jour, et un indicateur suivi trimestre après trimestre.',
        en: 'A standing agenda item, and one indicator followed quarter after quarter.',
      },
      body: {
        fr: 'Le conseil consacre **quinze minutes** à chaque réunion au plan climat de la coopérative :\n\n- un indicateur (tonnes de CO₂, kWh ou kilomètres) présenté par un membre différent ;\n- une décision à prendre ou à reporter, inscrite au procès-verbal ;\n- une question posée aux membres pour l’assemblée suivante.',
        en: 'The board spends **fifteen minutes** of each meeting on the co-operative’s climate plan:\n\n- one indicator (tonnes of CO₂, kWh or kilometres) presented by a different member;\n- one decision taken or deferred, recorded in the minutes;\n- one question put to members for the next general meeting.',
      },
      themeIds: ['leadership-cooperatif'],
      authorIds: ['chaire-sherbrooke', 'habitat-rosemont'],
      tags: ['gouvernance', 'governance', 'climat', 'climate'],
      date: '2023-09-12',
      updated: '2024-11-05',
      languages: ['fr', 'en'],
      links: [
        {
          title: { fr: 'Modèle d’ordre du jour', en: 'Agenda template' },
          url: 'https://chaire-gouvernance.example.org/modele-ordre-du-jour',
        },
      ],
    },
    {
      id: 'delegues-vallees',
      title: {
        fr: 'Des délégués élus par vallée',
        en: 'Delegates elected valley by valley',
      },
      summary: {
        fr: 'Comment une mutuelle de 40 000 adhérents garde une assemblée proche de chaque territoire.',
        en: 'How a 40,000-member mutual keeps its assembly close to every area it serves.',
      },
      body: {
        fr: 'Chaque vallée élit deux délégués pour trois ans, dont au moins une personne de moins de 35 ans. Les délégués tiennent deux permanences par an dans leur vallée et rapportent les questions des adhérents à l’assemblée générale.',
        en: 'Each valley elects two delegates for three years, at least one of them under 35. Delegates hold two open sessions a year in their valley and bring members’ questions to the general meeting.',
      },
      themeIds: ['leadership-cooperatif'],
      authorIds: ['mutuelle-dauphine'],
      tags: ['démocratie', 'democracy', 'assemblée générale', 'general meeting'],
      date: '2023-10-03',
      languages: ['fr'],
    },
    {
      id: 'fonds-intercooperatif-climat',
      title: {
        fr: 'Un fonds intercoopératif pour la transition',
        en: 'An inter-co-operative transition fund',
      },
      summary: {
        fr: 'Cinq coopératives versent 1 % de leurs excédents dans un fonds commun de rénovation énergétique.',
        en: 'Five co-operatives pay 1% of their surplus into a shared energy-retrofit fund.',
      },
      body: {
        fr: 'Le fonds prête sans intérêt aux coopératives membres qui rénovent leurs bâtiments. Les remboursements viennent des économies d’énergie réalisées. Un comité de cinq personnes, une par coopérative, choisit les projets selon une grille publiée.',
        en: 'The fund lends interest-free to member co-operatives retrofitting their buildings. Repayments come from the energy saved. A committee of five, one per co-operative, picks the projects with a published scoring grid.',
      },
      themeIds: ['leadership-cooperatif', 'economie-circulaire'],
      authorIds: ['banque-liege', 'habitat-rosemont'],
      tags: ['finance', 'intercoopération', 'inter-co-operation', 'énergie', 'energy'],
      date: '2024-02-20',
      languages: ['fr', 'en'],
    },
    {
      id: 'mentorat-jeunes-administrateurs',
      title: {
        fr: 'Mentorat des jeunes administrateurs',
        en: 'Mentoring young board members',
      },
      summary: {
        fr: 'Chaque nouvel administrateur de moins de 30 ans est jumelé à un ancien pendant un an.',
        en: 'Each new board member under 30 is paired with a former one for a year.',
      },
      body: {
        fr: 'Le duo se rencontre avant chaque conseil pour relire les documents. Le réseau fournit un guide de douze questions et réunit les duos deux fois par an.',
        en: 'The pair meets before each board meeting to go through the papers. The network provides a twelve-question guide and brings the pairs together twice a year.',
      },
      themeIds: ['leadership-cooperatif'],
      authorIds: ['reseau-jeunesse'],
      tags: ['jeunesse', 'youth', 'relève', 'succession'],
      date: '2024-04-08',
      languages: ['fr'],
    },
    {
      id: 'bilan-carbone-participatif',
      title: {
        fr: 'Un bilan carbone fait par les membres',
        en: 'A carbon footprint measured by members',
      },
      summary: {
        fr: 'Des équipes de membres bénévoles relèvent les données, la coopérative les publie.',
        en: 'Teams of volunteer members collect the data; the co-operative publishes it.',
      },
      body: {
        fr: 'Plutôt que de confier le bilan à un cabinet, la coopérative forme vingt membres à la collecte des données. Le résultat est moins précis la première année, mais les membres comprennent d’où viennent les émissions et proposent eux-mêmes des mesures.',
        en: 'Rather than hiring a firm, the co-operative trains twenty members to collect the data. The first year’s result is less precise, but members understand where emissions come from and suggest measures themselves.',
      },
      themeIds: ['leadership-cooperatif'],
      authorIds: ['jonas-fictif'],
      tags: ['climat', 'climate', 'participation'],
      date: '2024-06-17',
      languages: ['de', 'en'],
    },
    {
      id: 'assemblee-hybride',
      title: {
        fr: 'Une assemblée générale hybride qui fonctionne',
        en: 'A hybrid general meeting that works',
      },
      summary: {
        fr: 'Vote en salle et à distance dans le même délai, avec une personne dédiée aux participants en ligne.',
        en: 'Voting in the room and remotely within the same window, with one person looking after online participants.',
      },
      body: {
        fr: 'La présidence donne la parole en alternance à la salle et à l’écran. Les votes restent ouverts dix minutes pour tout le monde. Le quorum compte les deux publics.',
        en: 'The chair gives the floor alternately to the room and the screen. Votes stay open ten minutes for everyone. The quorum counts both audiences.',
      },
      themeIds: ['leadership-cooperatif', 'numerisation'],
      authorIds: ['mutuelle-dauphine', 'chaire-sherbrooke'],
      tags: ['assemblée générale', 'general meeting', 'vote', 'voting'],
      date: '2024-09-30',
      languages: ['fr', 'en'],
    },
    {
      id: 'education-cooperative-quartier',
      title: {
        fr: 'L’éducation coopérative dans le quartier',
        en: 'Co-operative education in the neighbourhood',
      },
      summary: {
        fr: 'Des ateliers mensuels ouverts aux voisins, animés par les membres eux-mêmes.',
        en: 'Monthly workshops open to neighbours, led by members themselves.',
      },
      body: {
        fr: 'Chaque mois, un membre explique une facette de la coopérative : le budget, l’entretien, les règles de vote. Les voisins y découvrent le modèle, et plusieurs sont devenus membres.',
        en: 'Each month, a member explains one side of the co-operative: the budget, maintenance, voting rules. Neighbours discover the model there, and several have become members.',
      },
      themeIds: ['leadership-cooperatif'],
      authorIds: ['rosa-inventada'],
      tags: ['éducation', 'education', 'quartier', 'neighbourhood'],
      date: '2025-01-14',
      languages: ['pt-BR', 'es', 'en'],
    },
    {
      id: 'charte-achats-responsables',
      title: {
        fr: 'Une charte d’achats responsables commune',
        en: 'A shared responsible-purchasing charter',
      },
      summary: {
        fr: 'Huit coopératives négocient ensemble avec leurs fournisseurs sur des critères sociaux et climatiques.',
        en: 'Eight co-operatives negotiate together with suppliers on social and climate criteria.',
      },
      themeIds: ['leadership-cooperatif', 'economie-circulaire'],
      authorIds: ['aminata-exemple', 'cooperative-thies'],
      tags: ['achats', 'purchasing', 'intercoopération', 'inter-co-operation'],
      date: '2025-03-03',
      languages: ['fr'],
    },
    {
      id: 'formation-dirigeants-agricoles',
      title: {
        fr: 'Former les dirigeants par l’échange entre coopératives',
        en: 'Training leaders through exchanges between co-operatives',
      },
      summary: {
        fr: 'Des séjours d’une semaine où un dirigeant travaille dans une autre coopérative.',
        en: 'One-week stays in which a manager works in another co-operative.',
      },
      body: {
        fr: 'L’institut organise chaque année quinze échanges entre coopératives agricoles de provinces différentes. Au retour, chaque dirigeant présente une idée à son conseil.',
        en: 'Each year the institute arranges fifteen exchanges between agricultural co-operatives in different provinces. On return, each manager presents one idea to their board.',
      },
      themeIds: ['leadership-cooperatif'],
      authorIds: ['institut-hanoi'],
      tags: ['formation', 'training', 'agriculture'],
      date: '2023-11-21',
      languages: ['vi', 'fr', 'en'],
    },
    {
      id: 'parite-conseil',
      title: {
        fr: 'La parité au conseil en deux mandats',
        en: 'Gender parity on the board in two terms',
      },
      summary: {
        fr: 'Une règle d’alternance sur les listes de candidatures, adoptée par l’assemblée.',
        en: 'An alternation rule on candidate lists, adopted by the general meeting.',
      },
      themeIds: ['leadership-cooperatif'],
      authorIds: ['mutual-example-bay'],
      tags: ['parité', 'gender parity', 'gouvernance', 'governance'],
      languages: ['en'],
    },
    // Circular economy
    {
      id: 'compost-partage',
      title: {
        fr: 'Un compost partagé entre maraîchers',
        en: 'Compost shared between market gardeners',
      },
      summary: {
        fr: 'Une plateforme de compostage commune qui remplace les engrais achetés.',
        en: 'A shared composting site replacing bought fertiliser.',
      },
      body: {
        fr: 'Chaque membre apporte ses résidus de culture et repart avec du compost au prorata. Un tableau affiché à l’entrée tient les comptes.\n\n1. Dépôt le lundi et le jeudi.\n2. Retournement toutes les trois semaines.\n3. Distribution après quatre mois.',
        en: 'Each member brings crop residues and leaves with compost in proportion. A board at the entrance keeps the accounts.\n\n1. Drop-off on Mondays and Thursdays.\n2. Turning every three weeks.\n3. Distribution after four months.',
      },
      themeIds: ['economie-circulaire'],
      authorIds: ['cooperative-thies'],
      tags: ['compost', 'agriculture', 'sol', 'soil'],
      date: '2023-08-29',
      updated: '2025-02-11',
      languages: ['fr', 'wo'],
      links: [
        {
          title: { fr: 'Fiche technique', en: 'Technical sheet' },
          url: 'https://thies-maraichage.example.org/compost',
        },
        { url: 'https://thies-maraichage.example.org/video-compost' },
      ],
    },
    {
      id: 'paves-plastique',
      title: {
        fr: 'Des pavés en plastique recyclé',
        en: 'Paving stones from recycled plastic',
      },
      summary: {
        fr: 'Le plastique collecté en ville devient des pavés vendus aux municipalités.',
        en: 'Plastic collected in the city becomes paving stones sold to municipalities.',
      },
      body: {
        fr: 'Le plastique trié est fondu avec du sable dans un four alimenté au biogaz. Les pavés résistent mieux que le béton aux saisons des pluies. Les collecteurs, membres de la coopérative, reçoivent une part des ventes.',
        en: 'Sorted plastic is melted with sand in a biogas-fired kiln. The stones hold up better than concrete in the rainy seasons. The collectors, members of the co-operative, receive a share of the sales.',
      },
      themeIds: ['economie-circulaire'],
      authorIds: ['recyclage-kigali'],
      tags: ['recyclage', 'recycling', 'plastique', 'plastic'],
      date: '2024-01-16',
      languages: ['en', 'fr', 'rw'],
    },
    {
      id: 'reparer-avant-remplacer',
      title: {
        fr: 'Assurer la réparation avant le remplacement',
        en: 'Insuring repair before replacement',
      },
      summary: {
        fr: 'Un contrat d’assurance qui paie d’abord la réparation par un artisan local.',
        en: 'An insurance policy that first pays for repair by a local craftsperson.',
      },
      body: {
        fr: 'Pour les bateaux et les machines agricoles, la mutuelle tient une liste d’artisans agréés. Le remplacement n’est payé que si la réparation coûte plus de 70 % du neuf. Les primes ont baissé de 6 % en deux ans.',
        en: 'For boats and farm machinery, the mutual keeps a list of approved craftspeople. Replacement is paid only when repair costs more than 70% of new. Premiums fell 6% in two years.',
      },
      themeIds: ['economie-circulaire'],
      authorIds: ['mutual-example-bay'],
      tags: ['assurance', 'insurance', 'réparation', 'repair'],
      date: '2024-03-05',
      updated: '2024-10-22',
      languages: ['en'],
    },
    {
      id: 'vetements-remis-a-neuf',
      title: {
        fr: 'Des vêtements usagés remis à neuf',
        en: 'Second-hand clothes made new again',
      },
      summary: {
        fr: 'Les couturières réparent les invendus des friperies et les revendent sous une marque commune.',
        en: 'Seamstresses repair thrift shops’ unsold items and sell them under a shared label.',
      },
      themeIds: ['economie-circulaire'],
      authorIds: ['cooperativa-remienda'],
      tags: ['textile', 'réparation', 'repair', 'réemploi', 'reuse'],
      date: '2024-05-27',
      languages: ['es', 'en'],
    },
    {
      id: 'residus-forestiers',
      title: {
        fr: 'Valoriser chaque résidu de coupe',
        en: 'A use for every cutting residue',
      },
      summary: {
        fr: 'Branches et copeaux chauffent les bâtiments du village au lieu de pourrir en forêt.',
        en: 'Branches and chips heat the village’s buildings instead of rotting in the forest.',
      },
      body: {
        fr: 'La coopérative livre des copeaux à l’école, à l’aréna et à la résidence pour aînés, équipées de chaudières à biomasse. Le contrat de dix ans fixe le prix, ce qui stabilise les revenus des travailleurs.',
        en: 'The co-operative delivers chips to the school, the arena and the seniors’ residence, fitted with biomass boilers. The ten-year contract fixes the price, which steadies the workers’ income.',
      },
      themeIds: ['economie-circulaire'],
      authorIds: ['foret-abitibi'],
      tags: ['forêt', 'forestry', 'biomasse', 'biomass', 'chauffage', 'heating'],
      date: '2023-12-05',
      languages: ['fr'],
    },
    {
      id: 'pret-circulaire',
      title: {
        fr: 'Un prêt pensé pour l’économie circulaire',
        en: 'A loan designed for the circular economy',
      },
      summary: {
        fr: 'Un remboursement qui suit les revenus de la location plutôt qu’un calendrier fixe.',
        en: 'Repayments that follow rental income rather than a fixed schedule.',
      },
      body: {
        fr: 'Les entreprises qui louent au lieu de vendre ont des revenus réguliers mais tardifs. La banque coopérative leur propose un prêt dont les mensualités commencent au premier contrat de location.',
        en: 'Businesses that rent rather than sell have steady but late income. The co-operative bank offers them a loan whose instalments begin with the first rental contract.',
      },
      themeIds: ['economie-circulaire'],
      authorIds: ['banque-liege'],
      tags: ['finance', 'crédit', 'credit', 'location', 'rental'],
      date: '2024-07-09',
      languages: ['fr', 'nl', 'en'],
    },
    {
      id: 'sechoir-solaire',
      title: {
        fr: 'Un séchoir solaire contre le gaspillage',
        en: 'A solar dryer against food waste',
      },
      summary: {
        fr: 'Les légumes invendus sont séchés et vendus hors saison.',
        en: 'Unsold vegetables are dried and sold out of season.',
      },
      themeIds: ['economie-circulaire'],
      authorIds: ['aminata-exemple', 'cooperative-thies'],
      tags: ['gaspillage alimentaire', 'food waste', 'solaire', 'solar'],
      date: '2024-08-19',
      languages: ['fr', 'wo'],
    },
    {
      id: 'bibliotheque-outils',
      title: {
        fr: 'Une bibliothèque d’outils pour les résidents',
        en: 'A tool library for residents',
      },
      summary: {
        fr: 'Perceuses, échelles et outils de jardin prêtés entre membres d’une coopérative d’habitation.',
        en: 'Drills, ladders and garden tools lent between members of a housing co-operative.',
      },
      body: {
        fr: 'Un ancien local à vélos est devenu une bibliothèque d’outils. Les prêts se réservent en ligne et durent une semaine. Une soirée de réparation a lieu chaque trimestre.',
        en: 'A former bike room became a tool library. Loans are booked online and last one week. A repair evening takes place every quarter.',
      },
      themeIds: ['economie-circulaire'],
      authorIds: ['marc-antoine-exemple', 'habitat-rosemont'],
      tags: ['partage', 'sharing', 'outils', 'tools'],
      date: '2025-04-01',
      languages: ['fr', 'en'],
    },
    {
      id: 'consigne-bouteilles-lait',
      title: {
        fr: 'La consigne des bouteilles de lait',
        en: 'Deposits on milk bottles',
      },
      summary: {
        fr: 'Des bouteilles en verre consignées remplacent les sachets plastique dans les boutiques de la coopérative.',
        en: 'Returnable glass bottles replace plastic pouches in the co-operative’s shops.',
      },
      themeIds: ['economie-circulaire'],
      authorIds: ['dairy-nyeri'],
      tags: ['consigne', 'deposit return', 'emballage', 'packaging'],
      date: '2025-02-24',
      languages: ['en', 'sw'],
    },
    {
      id: 'reemploi-materiaux-renovation',
      title: {
        fr: 'Le réemploi des matériaux de rénovation',
        en: 'Reusing renovation materials',
      },
      summary: {
        fr: 'Portes, éviers et briques démontés avec soin pour la rénovation suivante.',
        en: 'Doors, sinks and bricks carefully removed for the next renovation.',
      },
      themeIds: ['economie-circulaire', 'leadership-cooperatif'],
      authorIds: ['habitat-rosemont'],
      tags: ['réemploi', 'reuse', 'construction'],
      languages: ['fr'],
    },
    // Digitalization
    {
      id: 'paiement-mobile-producteurs',
      title: {
        fr: 'Payer les producteurs par téléphone',
        en: 'Paying farmers by phone',
      },
      summary: {
        fr: 'Les paiements du lait arrivent le jour même sur le téléphone des membres.',
        en: 'Milk payments reach members’ phones the same day.',
      },
      body: {
        fr: 'Chaque livraison est pesée et enregistrée ; le paiement part le soir même. Les membres sans téléphone désignent un proche. Les retards de paiement ont disparu et les vols d’argent liquide aussi.',
        en: 'Each delivery is weighed and recorded; payment goes out the same evening. Members without a phone name a relative. Late payments have disappeared, and so have cash thefts.',
      },
      themeIds: ['numerisation'],
      authorIds: ['dairy-nyeri'],
      tags: ['paiement mobile', 'mobile payments', 'lait', 'dairy'],
      date: '2023-10-17',
      updated: '2024-12-02',
      languages: ['en', 'sw'],
    },
    {
      id: 'plateforme-livreurs',
      title: {
        fr: 'Une plateforme de livraison aux mains des livreurs',
        en: 'A delivery platform owned by its couriers',
      },
      summary: {
        fr: 'L’application, les tarifs et les horaires sont décidés en assemblée par les livreurs.',
        en: 'The app, the rates and the schedules are decided by the couriers in general meeting.',
      },
      body: {
        fr: 'La coopérative utilise un logiciel libre partagé avec dix autres coopératives de livraison en Europe. Chaque modification de l’algorithme de répartition est présentée en assemblée avant sa mise en service.',
        en: 'The co-operative uses free software shared with ten other delivery co-operatives in Europe. Every change to the dispatch algorithm is presented to the general meeting before it goes live.',
      },
      themeIds: ['numerisation', 'leadership-cooperatif'],
      authorIds: ['livraison-equitable', 'lea-imaginaire'],
      tags: ['plateformes', 'platforms', 'logiciel libre', 'free software'],
      date: '2024-02-06',
      languages: ['fr', 'en'],
      links: [
        {
          title: { fr: 'Code source', en: 'Source code' },
          url: 'https://code.example.net/livraison-equitable',
        },
      ],
    },
    {
      id: 'donnees-energie-ouvertes',
      title: {
        fr: 'Publier les données d’énergie en données ouvertes',
        en: 'Publishing energy data as open data',
      },
      summary: {
        fr: 'Production et consommation publiées chaque heure, pour les membres et les chercheurs.',
        en: 'Production and consumption published hourly, for members and researchers.',
      },
      themeIds: ['numerisation'],
      authorIds: ['jonas-fictif'],
      tags: ['données ouvertes', 'open data', 'énergie', 'energy'],
      date: '2024-04-23',
      languages: ['de', 'en'],
    },
    {
      id: 'logiciel-libre-cooperatives-agricoles',
      title: {
        fr: 'Un logiciel libre de gestion pour les coopératives agricoles',
        en: 'Free management software for agricultural co-operatives',
      },
      summary: {
        fr: 'Stocks, livraisons et parts sociales dans un outil qui fonctionne hors connexion.',
        en: 'Stock, deliveries and member shares in a tool that works offline.',
      },
      body: {
        fr: 'L’outil synchronise ses données dès que le réseau revient. Il est traduit en arabe, en français et en anglais, et chaque coopérative utilisatrice vote sur les priorités de développement.',
        en: 'The tool synchronises its data as soon as the network returns. It is translated into Arabic, French and English, and every co-operative using it votes on development priorities.',
      },
      themeIds: ['numerisation'],
      authorIds: ['numerique-sfax'],
      tags: ['logiciel libre', 'free software', 'agriculture', 'hors connexion', 'offline'],
      date: '2024-10-14',
      languages: ['ar', 'fr', 'en'],
    },
    {
      id: 'mesurer-impact-plateformes',
      title: {
        fr: 'Mesurer l’impact d’une coopérative de plateforme',
        en: 'Measuring a platform co-operative’s impact',
      },
      summary: {
        fr: 'Douze indicateurs simples, comparables d’une plateforme à l’autre.',
        en: 'Twelve simple indicators, comparable from one platform to another.',
      },
      body: {
        fr: 'Revenu horaire net, part des membres dans les décisions, rotation du personnel : le laboratoire propose une grille commune et publie chaque année les résultats anonymisés.',
        en: 'Net hourly income, members’ share in decisions, staff turnover: the lab proposes a common grid and publishes anonymised results each year.',
      },
      themeIds: ['numerisation'],
      authorIds: ['labo-lausanne'],
      tags: ['mesure d’impact', 'impact measurement', 'plateformes', 'platforms'],
      date: '2023-11-07',
      languages: ['fr', 'de', 'en'],
    },
    {
      id: 'inclusion-numerique-aines',
      title: {
        fr: 'L’inclusion numérique des membres aînés',
        en: 'Digital inclusion for older members',
      },
      summary: {
        fr: 'Des jeunes membres accompagnent les aînés pour voter et consulter leur dossier en ligne.',
        en: 'Young members help older ones vote and check their file online.',
      },
      themeIds: ['numerisation'],
      authorIds: ['mutuelle-dauphine', 'reseau-jeunesse'],
      tags: ['inclusion', 'aînés', 'older people', 'intergénérationnel', 'intergenerational'],
      date: '2025-05-12',
      languages: ['fr'],
    },
    {
      id: 'securite-informatique-mutualisee',
      title: {
        fr: 'Une sécurité informatique mutualisée',
        en: 'Shared IT security',
      },
      summary: {
        fr: 'Six petites coopératives partagent une responsable de la sécurité et un plan de réponse.',
        en: 'Six small co-operatives share a security officer and a response plan.',
      },
      body: {
        fr: 'Chaque coopérative paie une part du poste selon son nombre d’employés. Un exercice d’attaque simulée a lieu chaque année, et les sauvegardes sont testées chaque mois.',
        en: 'Each co-operative pays a share of the position based on its headcount. A simulated attack exercise takes place every year, and backups are tested monthly.',
      },
      themeIds: ['numerisation', 'leadership-cooperatif'],
      authorIds: ['numerique-sfax', 'banque-liege'],
      tags: ['cybersécurité', 'cybersecurity', 'mutualisation', 'pooling'],
      date: '2024-11-26',
      languages: ['fr', 'en'],
    },
    {
      id: 'formation-en-ligne-jeunes',
      title: {
        fr: 'Créer sa coopérative : une formation en ligne',
        en: 'Starting a co-operative: an online course',
      },
      summary: {
        fr: 'Six modules courts, sur téléphone, avec un mentor par groupe.',
        en: 'Six short modules, on a phone, with one mentor per group.',
      },
      themeIds: ['numerisation', 'leadership-cooperatif'],
      authorIds: ['reseau-jeunesse', 'rosa-inventada'],
      tags: ['formation', 'training', 'jeunesse', 'youth'],
      date: '2025-06-02',
      languages: ['fr', 'pt-BR'],
    },
    {
      id: 'tracabilite-vetements',
      title: {
        fr: 'La traçabilité des vêtements réparés',
        en: 'Tracing repaired clothes',
      },
      summary: {
        fr: 'Une étiquette avec un code raconte l’histoire de chaque pièce remise à neuf.',
        en: 'A label with a code tells the story of each remade piece.',
      },
      themeIds: ['numerisation', 'economie-circulaire'],
      authorIds: ['cooperativa-remienda'],
      tags: ['traçabilité', 'traceability', 'textile'],
      date: '2025-03-18',
      languages: ['es'],
    },
    {
      id: 'vote-electronique-verifiable',
      title: {
        fr: 'Un vote électronique vérifiable',
        en: 'Verifiable electronic voting',
      },
      summary: {
        fr: 'Chaque membre peut vérifier que son vote a été compté, sans que personne ne sache pour qui.',
        en: 'Every member can check their vote was counted, without anyone knowing for whom.',
      },
      body: {
        fr: 'La chaire a comparé trois solutions avec des coopératives volontaires. Recommandations :\n\n- un reçu de vote vérifiable par le membre ;\n- un dépouillement public ;\n- une solution papier toujours offerte.',
        en: 'The chair compared three solutions with volunteer co-operatives. Recommendations:\n\n- a vote receipt the member can check;\n- a public count;\n- a paper option always offered.',
      },
      themeIds: ['numerisation'],
      authorIds: ['chaire-sherbrooke'],
      tags: ['vote', 'voting', 'démocratie', 'democracy'],
      date: '2025-01-28',
      languages: ['fr', 'en'],
    },
  ],
} satisfies CommunityInput;
