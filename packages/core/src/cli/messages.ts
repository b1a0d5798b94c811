/**
 * Everything the `gics` CLI says, in English (the default) and French (`--lang fr`).
 * Both tables share one shape, so a message added in one language breaks the build until the
 * other has it too.
 */
import type { SourceFormat } from '../importers/codes.js';
import type { MurmurationsExportNoteCode } from '../importers/murmurations-export.js';
import type { Language } from '../summit/localized-text.js';

type Text = string;

/** The formats `gics import` converts: every format `detectFormat` knows but our own. */
export type ImportFormat = Exclude<SourceFormat, 'gics' | 'unknown'>;

/** How people call each format, in messages (`--from` takes the format's own name). */
const FORMAT_NAMES = {
  frab: 'frab/C3VOC',
  pretalx: 'pretalx',
  sessionize: 'Sessionize',
} satisfies Record<ImportFormat, string>;

/** `a, b or c`: a list in a sentence, joined by the language's word for "or" or "and". */
function listWords(words: readonly string[], last: string): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${last} ${words.at(-1)}`;
}

/** The command that converts `file`, written out for the user to run. */
function importCommandFor(file: string, format: ImportFormat, zonePlaceholder: string): string {
  const zone = format === 'sessionize' ? ` --time-zone ${zonePlaceholder}` : '';
  const out = file.endsWith('summit.json') ? 'gics-summit.json' : 'summit.json';
  return `gics import ${file} --from ${format}${zone} -o ${out}`;
}

export interface CliMessages {
  usage: Text;
  validateHelp: Text;
  importHelp: Text;
  icsHelp: Text;
  schemaHelp: Text;
  exportHelp: Text;
  renderHelp: Text;
  /** `render` was given an element it does not render. */
  renderUnknownElement: (value: string, elements: readonly string[]) => Text;
  /** `render` was given a view the element does not have on a server (`views` it has). */
  renderBadView: (value: string, views: readonly string[]) => Text;
  renderBadRefresh: (value: string) => Text;
  renderBadColorScheme: (value: string) => Text;
  /** `render` runs the elements' own code, which comes with `@gics/widgets`. */
  renderNeedsWidgets: Text;
  renderFailed: (reason: string) => Text;
  unknownCommand: (command: string) => Text;
  badArguments: (detail: string) => Text;
  missingFile: Text;
  fileNotFound: (file: string) => Text;
  fileUnreadable: (file: string, reason: string) => Text;
  notJson: (file: string, reason: string) => Text;
  unknownFormat: (file: string) => Text;
  badFromValue: (value: string, formats: readonly string[]) => Text;
  badIdValue: (value: string) => Text;
  emptyName: Text;
  isOtherSchedule: (file: string, format: ImportFormat) => Text;
  missingTimeZone: (format: ImportFormat, command: string, file: string) => Text;
  summitIdentityMissing: (command: string, file: string) => Text;
  verboseHint: Text;
  unknownWorkshops: (ids: readonly string[], file: string) => Text;
  emptyCalendar: Text;
  badLangValue: (value: string) => Text;
  valid: (file: string, workshops: number, themes: number, members: number) => Text;
  invalid: (file: string, count: number) => Text;
  validCommunity: (file: string, practices: number, themes: number, members: number) => Text;
  invalidCommunity: (file: string, count: number) => Text;
  warnings: (count: number) => Text;
  imported: (format: ImportFormat, workshops: number, file: string) => Text;
  importFailed: (format: ImportFormat) => Text;
  notesHeading: (count: number) => Text;
  wrote: (file: string) => Text;
  importedMembers: (members: number, file: string) => Text;
  membersImportFailed: Text;
  badExportFormat: (value: string) => Text;
  exportNeedsOut: Text;
  exportNotesHeading: (count: number) => Text;
  /** One line per kind of export note: how many members it concerns. */
  exportNoteSummary: Record<MurmurationsExportNoteCode, (count: number) => Text>;
  noProfileToExport: Text;
  exportedProfiles: (profiles: number, folder: string) => Text;
  cannotWrite: (file: string, reason: string) => Text;
  unexpected: (reason: string) => Text;
}

export const cliMessagesEn: CliMessages = {
  usage: `Usage: gics <command> [options]

Commands:
  validate <file>   check a GICS summit or community JSON file
  import <file>     convert a pretalx, frab/C3VOC or Sessionize schedule into GICS JSON, or
                    Murmurations profiles into a GICS community
  export murmurations <file>
                    write a community's members as Murmurations profiles, one file each
  ics <file>        export a summit's workshops as an iCalendar (.ics) file
  render agenda|practices|members <file>
                    write an element as HTML to paste into a page (readable without JavaScript)
  schema            print the JSON Schema of the GICS summit format

Options for every command:
  --lang fr|en      language of the messages (default: en)
  -h, --help        show help for a command

Run "gics <command> --help" for a command's options.`,
  validateHelp: `Usage: gics validate <file> [--lenient] [--lang fr|en]

Checks a GICS summit or community-of-practice JSON file (told apart by their fields) and lists
every problem with where it is.
  --lenient   report invalid records as warnings instead of failing

Exit codes: 0 valid, 1 invalid, 2 file missing or not JSON.`,
  importHelp: `Usage: gics import <file> [--from frab|pretalx|sessionize] [--time-zone Zone]
                          [--name "Name"] [--id id] [--verbose] [-o out.json]

Converts a schedule exported by pretalx, frab/C3VOC or Sessionize into GICS summit JSON.
With --from murmurations, reads Murmurations profiles (one profile, a list of profiles, or an
Index API answer from /v2/nodes) into a GICS community document whose members they are; --name
and --id then name the community.
  --from         the source format (detected when left out, except murmurations)
  --time-zone    IANA time zone of the event, e.g. Europe/Berlin (needed for Sessionize, and
                 for a frab or pretalx file that names none)
  --name         the summit's name, e.g. "Summit 2026" (pretalx and Sessionize name no event)
  --id           the summit's id, e.g. summit-2026: letters, digits and . _ : ~ - (every
                 calendar event's UID ends with it)
  -v, --verbose  list every import note with where it is, instead of one line per kind
  -o, --out      write to this file instead of the standard output

Exit codes: 0 converted, 1 could not convert, 2 file missing or not JSON.`,
  icsHelp: `Usage: gics ics <file> [--lang fr|en] [--workshops id,id] [-o agenda.ics]

Exports the workshops of a summit (GICS JSON, or any format "gics import" reads) as iCalendar.
  --workshops    only these workshop ids, separated by commas (each must exist)
  --from         the source format, when the file is not GICS JSON (detected when left out)
  --time-zone    IANA time zone of the event (needed for Sessionize)
  --name, --id   the summit's name and id, as for "gics import" (the id ends every event's UID)
  -v, --verbose  list every import note with where it is, instead of one line per kind
  -o, --out      write to this file instead of the standard output

Exit codes: 0 exported, 1 invalid summit, unknown workshop id or no workshop to export,
2 file missing or not JSON.`,
  schemaHelp: `Usage: gics schema [-o summit.schema.json]

Prints the JSON Schema of the GICS summit format, for editors and other languages.`,
  exportHelp: `Usage: gics export murmurations <file> -o <folder> [--lang fr|en] [--verbose]

Writes one Murmurations profile per member of a community (or summit) file that directories may
show, each in its own file <member id>.json, ready to publish and register with the Murmurations
Index. Organisations follow organizations_schema-v1.0.0, people people_schema-v0.1.0; a person's
profile is written only when their record says they agreed to be listed (listed: true).
  -o, --out      the folder to write the profiles to (created if missing)
  --lang         also the language bilingual texts are written in (default: en)
  -v, --verbose  list every member left out, and why, instead of one line per reason

Exit codes: 0 written, 1 invalid file or no member to export, 2 file missing, not JSON or not
writable.`,
  renderHelp: `Usage: gics render agenda|practices|members <file> [--lang fr|en] [-o agenda.html]
                         [--script URL] [--src URL] [--refresh seconds] [--page]

Writes the element as HTML to paste into a page (a WordPress "Custom HTML" block, a static
site): the whole programme, library or directory is readable, printable and indexable with
JavaScript off, with its schema.org data for search engines. With the script, the element
takes over that HTML in place. For the agenda, the file is a GICS summit JSON or any schedule
"gics import" reads; for the practices, a GICS community or summit; for the members, a
community, a summit or Murmurations profiles.
  --lang fr|en          language of the agenda (and of the messages)
  --view list|grid      the agenda's view written: the list (every workshop by day, the
                        default) or the grid (rooms × time, every day without JavaScript)
  -o, --out file        write to this file instead of the standard output
  --script URL          add the <script type="module"> of GICS Kit's gics.js from this address
  --src URL             where the agenda fetches the programme once its script runs
  --refresh seconds     the agenda checks --src for changes this often (30 at least)
  --workshop-href T     link workshops to your pages, e.g. /workshops/{id}
  --practice-href T     link practices to your pages, e.g. /practices/{id}
  --page-url URL        the page's address, for the entries' links in the schema.org data
  --color-scheme S      light or dark: the element's colours from the first paint, with or
                        without JavaScript (dark for a page that is always dark; by default
                        the element follows the page's colours once its script runs)
  --stylesheet URL      link the element's styles from this address instead of inlining them
                        (for a Content-Security-Policy without 'unsafe-inline' for styles)
  --css-out file        write the element's styles to this file, to serve at --stylesheet
                        (with the grid, where its workshops stand: one file per render)
  --page                write a whole HTML page rather than a piece to paste
  --from, --time-zone, --name, --id, --verbose   as for "gics import" (the agenda)

Needs @gics/widgets next to @gics/core: npm install @gics/widgets
Exit codes: 0 written, 1 invalid data or options, 2 file missing, unreadable or not JSON, or
@gics/widgets missing.`,
  renderUnknownElement: (value, elements) =>
    `"${value}" is not an element gics renders. Use ${listWords(elements, 'or')}.`,
  renderBadView: (value, views) =>
    `"${value}" is not a view gics renders. Use ${listWords(views, 'or')}.`,
  renderBadRefresh: (value) =>
    `"${value}" is not a refresh interval. Give a number of seconds, 30 or more.`,
  renderBadColorScheme: (value) => `"${value}" is not a colour scheme. Use light or dark.`,
  renderNeedsWidgets:
    'gics render runs the GICS elements themselves, which come with @gics/widgets. Install it next to @gics/core: npm install @gics/widgets',
  renderFailed: (reason) => `The element could not be rendered: ${reason}.`,
  unknownCommand: (command) =>
    `Unknown command "${command}". Run "gics --help" to see the commands.`,
  badArguments: (detail) => `Those options are not right: ${detail}`,
  missingFile: 'Name the file to read, e.g. "gics validate summit.json".',
  fileNotFound: (file) => `The file "${file}" does not exist.`,
  fileUnreadable: (file, reason) => `The file "${file}" could not be read (${reason}).`,
  notJson: (file, reason) => `The file "${file}" is not valid JSON: ${reason}`,
  unknownFormat: (file) =>
    `"${file}" is neither a GICS summit nor a pretalx, frab/C3VOC or Sessionize schedule. Use --from to name its format.`,
  badFromValue: (value, formats) =>
    `"${value}" is not a format gics imports. Use ${listWords(formats, 'or')}.`,
  badIdValue: (value) =>
    `"${value}" cannot be a summit id: use letters, digits and . _ : ~ -, starting with a letter or a digit (e.g. --id summit-2026).`,
  emptyName: 'Give --name a name, e.g. --name "Summit 2026".',
  isOtherSchedule: (file, format) =>
    `${file} is a ${FORMAT_NAMES[format]} schedule, not a GICS summit file. Convert it with "${importCommandFor(file, format, '<zone>')}", then check the result with "gics validate".`,
  missingTimeZone: (format, command, file) => {
    const lead = {
      frab: 'This frab/C3VOC schedule does not say in which time zone the event takes place (it has no time_zone_name).',
      pretalx: 'This pretalx schedule does not say in which time zone the event takes place.',
      sessionize: 'Sessionize exports never say in which time zone the event takes place.',
    } satisfies Record<ImportFormat, string>;
    return `${lead[format]} Name the zone with --time-zone, e.g. "gics ${command} ${file} --time-zone Europe/Berlin".`;
  },
  summitIdentityMissing: (command, file) =>
    `The file names no event, so the summit got a generic name and id (the id ends every calendar event's UID). Choose them with --name and --id, e.g. "gics ${command} ${file} --name "Summit 2026" --id summit-2026".`,
  verboseHint: 'Add --verbose to list each one with where it is in the file.',
  unknownWorkshops: (ids, file) =>
    `${file} has no workshop with the ${ids.length === 1 ? 'id' : 'ids'} ${listWords(
      ids.map((id) => `"${id}"`),
      'and',
    )}. Check the ids given to --workshops; no calendar was written.`,
  emptyCalendar:
    'There is no workshop to export, and an iCalendar file needs at least one event: no calendar was written.',
  badLangValue: (value) => `"${value}" is not a language gics speaks. Use fr or en.`,
  valid: (file, workshops, themes, members) =>
    `${file} is a valid GICS summit: ${workshops} workshops, ${themes} themes, ${members} members.`,
  invalid: (file, count) =>
    `${file} is not a valid GICS summit: ${count} ${count === 1 ? 'problem' : 'problems'}.`,
  validCommunity: (file, practices, themes, members) =>
    `${file} is a valid GICS community of practice: ${practices} practices, ${themes} themes, ${members} members.`,
  invalidCommunity: (file, count) =>
    `${file} is not a valid GICS community of practice: ${count} ${count === 1 ? 'problem' : 'problems'}.`,
  warnings: (count) => `${count} ${count === 1 ? 'warning' : 'warnings'}:`,
  imported: (format, workshops, file) =>
    `Converted ${FORMAT_NAMES[format]} schedule: ${workshops} workshops from ${file}.`,
  importFailed: (format) => `The ${FORMAT_NAMES[format]} schedule could not be converted:`,
  notesHeading: (count) =>
    `${count} ${count === 1 ? 'thing' : 'things'} could not be carried over as is:`,
  wrote: (file) => `Wrote ${file}.`,
  importedMembers: (members, file) =>
    `Converted Murmurations profiles: ${members} ${members === 1 ? 'member' : 'members'} from ${file}.`,
  membersImportFailed: 'The Murmurations profiles could not be read:',
  badExportFormat: (value) => `"${value}" is not a format gics exports. Use murmurations.`,
  exportNeedsOut:
    'Name the folder to write the profiles to with -o, e.g. "gics export murmurations community.json -o profiles".',
  exportNotesHeading: (count) =>
    `${count} ${count === 1 ? 'thing' : 'things'} could not be exported as is:`,
  exportNoteSummary: {
    not_listed: (count) =>
      `${count} ${count === 1 ? 'member' : 'members'} not listed (listed: false)`,
    person_without_consent: (count) =>
      `${count} ${count === 1 ? 'person' : 'people'} without their agreement to be listed (listed: true)`,
    person_without_url: (count) =>
      `${count} ${count === 1 ? 'person' : 'people'} without a web address (url), which the people schema requires`,
    person_without_tags: (count) =>
      `${count} ${count === 1 ? 'person' : 'people'} without a tag, which the people schema requires`,
    kind_unknown: (count) =>
      `${count} ${count === 1 ? 'member' : 'members'} of no kind: neither a person nor an organisation`,
    name_too_long: (count) =>
      `${count} ${count === 1 ? 'member' : 'members'} with a name longer than 200 characters`,
    value_left_out: (count) =>
      `${count} ${count === 1 ? 'value' : 'values'} no profile field can hold, left out`,
  },
  noProfileToExport: 'No member can be published as a Murmurations profile: no file was written.',
  exportedProfiles: (profiles, folder) =>
    `Wrote ${profiles} Murmurations ${profiles === 1 ? 'profile' : 'profiles'} to ${folder}.`,
  cannotWrite: (file, reason) => `Could not write "${file}" (${reason}).`,
  unexpected: (reason) =>
    `Something went wrong that gics did not expect: ${reason}. Please report it with the file that caused it.`,
};

export const cliMessagesFr: CliMessages = {
  usage: `Utilisation : gics <commande> [options]

Commandes :
  validate <fichier>   vérifie un fichier JSON de sommet ou de communauté GICS
  import <fichier>     convertit un horaire pretalx, frab/C3VOC ou Sessionize en JSON GICS, ou
                       des profils Murmurations en communauté GICS
  export murmurations <fichier>
                       écrit les membres d’une communauté en profils Murmurations, un fichier
                       chacun
  ics <fichier>        exporte les ateliers d’un sommet en fichier iCalendar (.ics)
  render agenda|practices|members <fichier>
                       écrit un élément en HTML à coller dans une page (lisible sans JavaScript)
  schema               affiche le schéma JSON du format de sommet GICS

Options de toutes les commandes :
  --lang fr|en         langue des messages (par défaut : en)
  -h, --help           affiche l’aide d’une commande

Lancez « gics <commande> --help » pour les options d’une commande.`,
  validateHelp: `Utilisation : gics validate <fichier> [--lenient] [--lang fr|en]

Vérifie un fichier JSON de sommet ou de communauté de pratique GICS (reconnus à leurs champs) et
liste chaque problème avec son emplacement.
  --lenient   signale les enregistrements invalides comme avertissements au lieu d’échouer

Codes de sortie : 0 valide, 1 invalide, 2 fichier absent ou qui n’est pas du JSON.`,
  importHelp: `Utilisation : gics import <fichier> [--from frab|pretalx|sessionize] [--time-zone Fuseau]
                                [--name "Nom"] [--id id] [--verbose] [-o sortie.json]

Convertit un horaire exporté de pretalx, frab/C3VOC ou Sessionize en JSON de sommet GICS.
Avec --from murmurations, lit des profils Murmurations (un profil, une liste de profils ou une
réponse /v2/nodes de l’API de l’index) en un document de communauté GICS dont ils sont les
membres ; --name et --id nomment alors la communauté.
  --from         le format source (détecté s’il est omis, sauf murmurations)
  --time-zone    fuseau horaire IANA de l’événement, p. ex. America/Montreal (requis pour
                 Sessionize, et pour un fichier frab ou pretalx qui n’en nomme aucun)
  --name         le nom du sommet, p. ex. "Sommet 2026" (pretalx et Sessionize ne nomment pas l’événement)
  --id           l’identifiant du sommet, p. ex. sommet-2026 : lettres, chiffres et . _ : ~ -
                 (il termine l’UID de chaque événement d’agenda)
  -v, --verbose  liste chaque note d’importation avec son emplacement, plutôt qu’une ligne par sorte
  -o, --out      écrit dans ce fichier plutôt que sur la sortie standard

Codes de sortie : 0 converti, 1 conversion impossible, 2 fichier absent ou qui n’est pas du JSON.`,
  icsHelp: `Utilisation : gics ics <fichier> [--lang fr|en] [--workshops id,id] [-o agenda.ics]

Exporte les ateliers d’un sommet (JSON GICS, ou tout format lu par « gics import ») en iCalendar.
  --workshops    seulement ces identifiants d’ateliers, séparés par des virgules (chacun doit exister)
  --from         le format source, si le fichier n’est pas du JSON GICS (détecté s’il est omis)
  --time-zone    fuseau horaire IANA de l’événement (requis pour Sessionize)
  --name, --id   le nom et l’identifiant du sommet, comme pour « gics import » (l’identifiant
                 termine l’UID de chaque événement)
  -v, --verbose  liste chaque note d’importation avec son emplacement, plutôt qu’une ligne par sorte
  -o, --out      écrit dans ce fichier plutôt que sur la sortie standard

Codes de sortie : 0 exporté, 1 sommet invalide, identifiant d’atelier inconnu ou aucun atelier à
exporter, 2 fichier absent ou qui n’est pas du JSON.`,
  schemaHelp: `Utilisation : gics schema [-o summit.schema.json]

Affiche le schéma JSON du format de sommet GICS, pour les éditeurs et les autres langages.`,
  exportHelp: `Utilisation : gics export murmurations <fichier> -o <dossier> [--lang fr|en] [--verbose]

Écrit un profil Murmurations par membre d’un fichier de communauté (ou de sommet) que les
annuaires peuvent montrer, chacun dans son fichier <identifiant du membre>.json, prêt à publier et
à inscrire à l’index Murmurations. Les organisations suivent organizations_schema-v1.0.0, les
personnes people_schema-v0.1.0 ; le profil d’une personne n’est écrit que si sa fiche dit qu’elle a
accepté de figurer dans les annuaires (listed: true).
  -o, --out      le dossier où écrire les profils (créé s’il n’existe pas)
  --lang         aussi la langue dans laquelle les textes bilingues sont écrits (par défaut : en)
  -v, --verbose  liste chaque membre laissé de côté, avec la raison, plutôt qu’une ligne par raison

Codes de sortie : 0 écrit, 1 fichier invalide ou aucun membre à exporter, 2 fichier absent, qui
n’est pas du JSON ou impossible à écrire.`,
  renderHelp: `Utilisation : gics render agenda|practices|members <fichier> [--lang fr|en] [-o agenda.html]
                                [--script URL] [--src URL] [--refresh secondes] [--page]

Écrit l’élément en HTML à coller dans une page (un bloc « HTML personnalisé » de WordPress, un
site statique) : tout le programme, la bibliothèque ou le répertoire se lit, s’imprime et
s’indexe sans JavaScript, avec ses données schema.org pour les moteurs de recherche. Avec le
script, l’élément reprend ce HTML sur place. Pour l’agenda, le fichier est un JSON de sommet
GICS ou tout horaire que « gics import » lit ; pour les pratiques, une communauté ou un sommet
GICS ; pour les membres, une communauté, un sommet ou des profils Murmurations.
  --lang fr|en          langue de l’agenda (et des messages)
  --view list|grid      la vue de l’agenda écrite : la liste (chaque atelier par jour, par
                        défaut) ou la grille (salles × heures, chaque jour sans JavaScript)
  -o, --out fichier     écrit dans ce fichier plutôt que sur la sortie standard
  --script URL          ajoute le <script type="module"> de gics.js de GICS Kit à cette adresse
  --src URL             d’où l’agenda récupère le programme une fois son script chargé
  --refresh secondes    l’agenda vérifie --src aussi souvent (30 au moins)
  --workshop-href M     relie les ateliers à vos pages, p. ex. /ateliers/{id}
  --practice-href M     relie les pratiques à vos pages, p. ex. /pratiques/{id}
  --page-url URL        l’adresse de la page, pour les liens des entrées dans les données schema.org
  --color-scheme S      light ou dark : les couleurs de l’élément dès son affichage, avec ou
                        sans JavaScript (dark pour une page toujours sombre ; par défaut,
                        l’élément suit les couleurs de la page une fois son script chargé)
  --stylesheet URL      relie les styles de l’élément à cette adresse au lieu de les inclure
                        (pour une Content-Security-Policy sans 'unsafe-inline' pour les styles)
  --css-out fichier     écrit les styles de l’élément dans ce fichier, à servir à --stylesheet
                        (avec la grille, la place de ses ateliers : un fichier par rendu)
  --page                écrit une page HTML entière plutôt qu’un morceau à coller
  --from, --time-zone, --name, --id, --verbose   comme pour « gics import » (l’agenda)

Demande @gics/widgets à côté de @gics/core : npm install @gics/widgets
Codes de sortie : 0 écrit, 1 données ou options invalides, 2 fichier absent, illisible ou qui
n’est pas du JSON, ou @gics/widgets absent.`,
  renderUnknownElement: (value, elements) =>
    `« ${value} » n’est pas un élément que gics écrit. Utilisez ${listWords(elements, 'ou')}.`,
  renderBadView: (value, views) =>
    `« ${value} » n’est pas une vue que gics écrit. Utilisez ${listWords(views, 'ou')}.`,
  renderBadRefresh: (value) =>
    `« ${value} » n’est pas un intervalle d’actualisation. Donnez un nombre de secondes, 30 ou plus.`,
  renderBadColorScheme: (value) =>
    `« ${value} » n’est pas un jeu de couleurs. Utilisez light (claires) ou dark (sombres).`,
  renderNeedsWidgets:
    'gics render exécute les éléments GICS eux-mêmes, fournis par @gics/widgets. Installez-le à côté de @gics/core : npm install @gics/widgets',
  renderFailed: (reason) => `L’élément n’a pas pu être écrit : ${reason}.`,
  unknownCommand: (command) =>
    `Commande inconnue « ${command} ». Lancez « gics --help » pour voir les commandes.`,
  badArguments: (detail) => `Ces options ne conviennent pas : ${detail}`,
  missingFile: 'Indiquez le fichier à lire, p. ex. « gics validate sommet.json ».',
  fileNotFound: (file) => `Le fichier « ${file} » n’existe pas.`,
  fileUnreadable: (file, reason) => `Le fichier « ${file} » n’a pas pu être lu (${reason}).`,
  notJson: (file, reason) => `Le fichier « ${file} » n’est pas du JSON valide : ${reason}`,
  unknownFormat: (file) =>
    `« ${file} » n’est ni un sommet GICS ni un horaire pretalx, frab/C3VOC ou Sessionize. Indiquez son format avec --from.`,
  badFromValue: (value, formats) =>
    `« ${value} » n’est pas un format que gics importe. Utilisez ${listWords(formats, 'ou')}.`,
  badIdValue: (value) =>
    `« ${value} » ne peut pas servir d’identifiant de sommet : utilisez des lettres, des chiffres et . _ ~ - ou deux-points, en commençant par une lettre ou un chiffre (p. ex. --id sommet-2026).`,
  emptyName: 'Donnez un nom à --name, p. ex. --name "Sommet 2026".',
  isOtherSchedule: (file, format) =>
    `${file} est un horaire ${FORMAT_NAMES[format]}, pas un fichier de sommet GICS. Convertissez-le avec « ${importCommandFor(file, format, '<fuseau>')} », puis vérifiez le résultat avec « gics validate ».`,
  missingTimeZone: (format, command, file) => {
    const lead = {
      frab: 'Cet horaire frab/C3VOC ne dit pas dans quel fuseau horaire a lieu l’événement (il n’a pas de time_zone_name).',
      pretalx: 'Cet horaire pretalx ne dit pas dans quel fuseau horaire a lieu l’événement.',
      sessionize:
        'Les exports Sessionize ne disent jamais dans quel fuseau horaire a lieu l’événement.',
    } satisfies Record<ImportFormat, string>;
    return `${lead[format]} Indiquez le fuseau avec --time-zone, p. ex. « gics ${command} ${file} --time-zone America/Montreal ».`;
  },
  summitIdentityMissing: (command, file) =>
    `Le fichier ne nomme pas l’événement : le sommet a reçu un nom et un identifiant génériques (l’identifiant termine l’UID de chaque événement d’agenda). Choisissez-les avec --name et --id, p. ex. « gics ${command} ${file} --name "Sommet 2026" --id sommet-2026 ».`,
  verboseHint: 'Ajoutez --verbose pour les lister une à une avec leur emplacement dans le fichier.',
  unknownWorkshops: (ids, file) =>
    `${file} n’a aucun atelier ${ids.length === 1 ? 'd’identifiant' : 'aux identifiants'} ${listWords(
      ids.map((id) => `« ${id} »`),
      'et',
    )}. Vérifiez les identifiants passés à --workshops ; aucun calendrier n’a été écrit.`,
  emptyCalendar:
    'Il n’y a aucun atelier à exporter, et un fichier iCalendar doit contenir au moins un événement : aucun calendrier n’a été écrit.',
  badLangValue: (value) => `« ${value} » n’est pas une langue de gics. Utilisez fr ou en.`,
  valid: (file, workshops, themes, members) =>
    `${file} est un sommet GICS valide : ${workshops} ateliers, ${themes} thèmes, ${members} membres.`,
  invalid: (file, count) =>
    `${file} n’est pas un sommet GICS valide : ${count} ${count === 1 ? 'problème' : 'problèmes'}.`,
  validCommunity: (file, practices, themes, members) =>
    `${file} est une communauté de pratique GICS valide : ${practices} pratiques, ${themes} thèmes, ${members} membres.`,
  invalidCommunity: (file, count) =>
    `${file} n’est pas une communauté de pratique GICS valide : ${count} ${count === 1 ? 'problème' : 'problèmes'}.`,
  warnings: (count) => `${count} ${count === 1 ? 'avertissement' : 'avertissements'} :`,
  imported: (format, workshops, file) =>
    `Horaire ${FORMAT_NAMES[format]} converti : ${workshops} ateliers tirés de ${file}.`,
  importFailed: (format) => `L’horaire ${FORMAT_NAMES[format]} n’a pas pu être converti :`,
  notesHeading: (count) =>
    `${count} ${count === 1 ? 'élément n’a pas pu être repris' : 'éléments n’ont pas pu être repris'} tel quel :`,
  wrote: (file) => `Fichier ${file} écrit.`,
  importedMembers: (members, file) =>
    `Profils Murmurations convertis : ${members} ${members < 2 ? 'membre tiré' : 'membres tirés'} de ${file}.`,
  membersImportFailed: 'Les profils Murmurations n’ont pas pu être lus :',
  badExportFormat: (value) =>
    `« ${value} » n’est pas un format que gics exporte. Utilisez murmurations.`,
  exportNeedsOut:
    'Indiquez avec -o le dossier où écrire les profils, p. ex. « gics export murmurations communaute.json -o profils ».',
  exportNotesHeading: (count) =>
    `${count} ${count < 2 ? 'élément n’a pas pu être exporté' : 'éléments n’ont pas pu être exportés'} tel quel :`,
  exportNoteSummary: {
    not_listed: (count) =>
      `${count} ${count < 2 ? 'membre absent' : 'membres absents'} des annuaires (listed: false)`,
    person_without_consent: (count) =>
      `${count} ${count < 2 ? 'personne qui n’a pas' : 'personnes qui n’ont pas'} accepté de figurer dans les annuaires (listed: true)`,
    person_without_url: (count) =>
      `${count} ${count < 2 ? 'personne' : 'personnes'} sans adresse web (url), que le schéma des personnes exige`,
    person_without_tags: (count) =>
      `${count} ${count < 2 ? 'personne' : 'personnes'} sans mot-clé, que le schéma des personnes exige`,
    kind_unknown: (count) =>
      `${count} ${count < 2 ? 'membre' : 'membres'} sans sorte : ni personne ni organisation`,
    name_too_long: (count) =>
      `${count} ${count < 2 ? 'membre' : 'membres'} au nom de plus de 200 caractères`,
    value_left_out: (count) =>
      `${count} ${count < 2 ? 'valeur qu’aucun champ de profil ne peut recevoir, laissée' : 'valeurs qu’aucun champ de profil ne peut recevoir, laissées'} de côté`,
  },
  noProfileToExport:
    'Aucun membre ne peut être publié en profil Murmurations : aucun fichier n’a été écrit.',
  exportedProfiles: (profiles, folder) =>
    `${profiles} ${profiles < 2 ? 'profil Murmurations écrit' : 'profils Murmurations écrits'} dans ${folder}.`,
  cannotWrite: (file, reason) => `Impossible d’écrire « ${file} » (${reason}).`,
  unexpected: (reason) =>
    `Une erreur imprévue est survenue : ${reason}. Merci de la signaler avec le fichier en cause.`,
};

export const cliMessages = { en: cliMessagesEn, fr: cliMessagesFr } satisfies Record<
  Language,
  CliMessages
>;
