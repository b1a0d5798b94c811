/**
 * Everything the `gics` CLI says, in English (the default) and French (`--lang fr`).
 * Both tables share one shape, so a message added in one language breaks the build until the
 * other has it too.
 */
import type { Language } from '../summit/localized-text.js';

type Text = string;

export interface CliMessages {
  usage: Text;
  validateHelp: Text;
  importHelp: Text;
  icsHelp: Text;
  schemaHelp: Text;
  unknownCommand: (command: string) => Text;
  badArguments: (detail: string) => Text;
  missingFile: Text;
  fileNotFound: (file: string) => Text;
  fileUnreadable: (file: string, reason: string) => Text;
  notJson: (file: string, reason: string) => Text;
  unknownFormat: (file: string) => Text;
  badFromValue: (value: string) => Text;
  badLangValue: (value: string) => Text;
  valid: (file: string, workshops: number, themes: number, members: number) => Text;
  invalid: (file: string, count: number) => Text;
  warnings: (count: number) => Text;
  imported: (format: string, workshops: number, file: string) => Text;
  importFailed: (format: string) => Text;
  notesHeading: (count: number) => Text;
  wrote: (file: string) => Text;
  cannotWrite: (file: string, reason: string) => Text;
  unexpected: (reason: string) => Text;
}

export const cliMessagesEn: CliMessages = {
  usage: `Usage: gics <command> [options]

Commands:
  validate <file>   check a GICS summit JSON file
  import <file>     convert a pretalx, frab/C3VOC or Sessionize schedule into GICS JSON
  ics <file>        export a summit's workshops as an iCalendar (.ics) file
  schema            print the JSON Schema of the GICS summit format

Options for every command:
  --lang fr|en      language of the messages (default: en)
  -h, --help        show help for a command

Run "gics <command> --help" for a command's options.`,
  validateHelp: `Usage: gics validate <file> [--lenient] [--lang fr|en]

Checks a GICS summit JSON file and lists every problem with where it is.
  --lenient   report invalid records as warnings instead of failing

Exit codes: 0 valid, 1 invalid, 2 file missing or not JSON.`,
  importHelp: `Usage: gics import <file> [--from frab|pretalx|sessionize] [--time-zone Zone] [-o out.json]

Converts a schedule exported by pretalx, frab/C3VOC or Sessionize into GICS summit JSON.
  --from       the source format (detected when left out)
  --time-zone  IANA time zone of the event (needed for Sessionize, e.g. America/Montreal)
  -o, --out    write to this file instead of the standard output

Exit codes: 0 converted, 1 could not convert, 2 file missing or not JSON.`,
  icsHelp: `Usage: gics ics <file> [--lang fr|en] [--workshops id,id] [-o agenda.ics]

Exports the workshops of a summit (GICS JSON, or any format "gics import" reads) as iCalendar.
  --workshops  only these workshop ids, separated by commas
  --from       the source format, when the file is not GICS JSON (detected when left out)
  --time-zone  IANA time zone of the event (needed for Sessionize)
  -o, --out    write to this file instead of the standard output

Exit codes: 0 exported, 1 invalid summit, 2 file missing or not JSON.`,
  schemaHelp: `Usage: gics schema [-o summit.schema.json]

Prints the JSON Schema of the GICS summit format, for editors and other languages.`,
  unknownCommand: (command) =>
    `Unknown command "${command}". Run "gics --help" to see the commands.`,
  badArguments: (detail) => `Those options are not right: ${detail}`,
  missingFile: 'Name the file to read, e.g. "gics validate summit.json".',
  fileNotFound: (file) => `The file "${file}" does not exist.`,
  fileUnreadable: (file, reason) => `The file "${file}" could not be read (${reason}).`,
  notJson: (file, reason) => `The file "${file}" is not valid JSON: ${reason}`,
  unknownFormat: (file) =>
    `"${file}" is neither a GICS summit nor a pretalx, frab/C3VOC or Sessionize schedule. Use --from to name its format.`,
  badFromValue: (value) =>
    `"${value}" is not a format gics imports. Use frab, pretalx or sessionize.`,
  badLangValue: (value) => `"${value}" is not a language gics speaks. Use fr or en.`,
  valid: (file, workshops, themes, members) =>
    `${file} is a valid GICS summit: ${workshops} workshops, ${themes} themes, ${members} members.`,
  invalid: (file, count) =>
    `${file} is not a valid GICS summit: ${count} ${count === 1 ? 'problem' : 'problems'}.`,
  warnings: (count) => `${count} ${count === 1 ? 'warning' : 'warnings'}:`,
  imported: (format, workshops, file) =>
    `Converted ${format} schedule: ${workshops} workshops from ${file}.`,
  importFailed: (format) => `The ${format} schedule could not be converted:`,
  notesHeading: (count) =>
    `${count} ${count === 1 ? 'thing' : 'things'} could not be carried over as is:`,
  wrote: (file) => `Wrote ${file}.`,
  cannotWrite: (file, reason) => `Could not write "${file}" (${reason}).`,
  unexpected: (reason) =>
    `Something went wrong that gics did not expect: ${reason}. Please report it with the file that caused it.`,
};

export const cliMessagesFr: CliMessages = {
  usage: `Utilisation : gics <commande> [options]

Commandes :
  validate <fichier>   vérifie un fichier JSON de sommet GICS
  import <fichier>     convertit un horaire pretalx, frab/C3VOC ou Sessionize en JSON GICS
  ics <fichier>        exporte les ateliers d’un sommet en fichier iCalendar (.ics)
  schema               affiche le schéma JSON du format de sommet GICS

Options de toutes les commandes :
  --lang fr|en         langue des messages (par défaut : en)
  -h, --help           affiche l’aide d’une commande

Lancez « gics <commande> --help » pour les options d’une commande.`,
  validateHelp: `Utilisation : gics validate <fichier> [--lenient] [--lang fr|en]

Vérifie un fichier JSON de sommet GICS et liste chaque problème avec son emplacement.
  --lenient   signale les enregistrements invalides comme avertissements au lieu d’échouer

Codes de sortie : 0 valide, 1 invalide, 2 fichier absent ou qui n’est pas du JSON.`,
  importHelp: `Utilisation : gics import <fichier> [--from frab|pretalx|sessionize] [--time-zone Fuseau] [-o sortie.json]

Convertit un horaire exporté de pretalx, frab/C3VOC ou Sessionize en JSON de sommet GICS.
  --from       le format source (détecté s’il est omis)
  --time-zone  fuseau horaire IANA de l’événement (requis pour Sessionize, p. ex. America/Montreal)
  -o, --out    écrit dans ce fichier plutôt que sur la sortie standard

Codes de sortie : 0 converti, 1 conversion impossible, 2 fichier absent ou qui n’est pas du JSON.`,
  icsHelp: `Utilisation : gics ics <fichier> [--lang fr|en] [--workshops id,id] [-o agenda.ics]

Exporte les ateliers d’un sommet (JSON GICS, ou tout format lu par « gics import ») en iCalendar.
  --workshops  seulement ces identifiants d’ateliers, séparés par des virgules
  --from       le format source, si le fichier n’est pas du JSON GICS (détecté s’il est omis)
  --time-zone  fuseau horaire IANA de l’événement (requis pour Sessionize)
  -o, --out    écrit dans ce fichier plutôt que sur la sortie standard

Codes de sortie : 0 exporté, 1 sommet invalide, 2 fichier absent ou qui n’est pas du JSON.`,
  schemaHelp: `Utilisation : gics schema [-o summit.schema.json]

Affiche le schéma JSON du format de sommet GICS, pour les éditeurs et les autres langages.`,
  unknownCommand: (command) =>
    `Commande inconnue « ${command} ». Lancez « gics --help » pour voir les commandes.`,
  badArguments: (detail) => `Ces options ne conviennent pas : ${detail}`,
  missingFile: 'Indiquez le fichier à lire, p. ex. « gics validate sommet.json ».',
  fileNotFound: (file) => `Le fichier « ${file} » n’existe pas.`,
  fileUnreadable: (file, reason) => `Le fichier « ${file} » n’a pas pu être lu (${reason}).`,
  notJson: (file, reason) => `Le fichier « ${file} » n’est pas du JSON valide : ${reason}`,
  unknownFormat: (file) =>
    `« ${file} » n’est ni un sommet GICS ni un horaire pretalx, frab/C3VOC ou Sessionize. Indiquez son format avec --from.`,
  badFromValue: (value) =>
    `« ${value} » n’est pas un format que gics importe. Utilisez frab, pretalx ou sessionize.`,
  badLangValue: (value) => `« ${value} » n’est pas une langue de gics. Utilisez fr ou en.`,
  valid: (file, workshops, themes, members) =>
    `${file} est un sommet GICS valide : ${workshops} ateliers, ${themes} thèmes, ${members} membres.`,
  invalid: (file, count) =>
    `${file} n’est pas un sommet GICS valide : ${count} ${count === 1 ? 'problème' : 'problèmes'}.`,
  warnings: (count) => `${count} ${count === 1 ? 'avertissement' : 'avertissements'} :`,
  imported: (format, workshops, file) =>
    `Horaire ${format} converti : ${workshops} ateliers tirés de ${file}.`,
  importFailed: (format) => `L’horaire ${format} n’a pas pu être converti :`,
  notesHeading: (count) =>
    `${count} ${count === 1 ? 'élément n’a pas pu être repris' : 'éléments n’ont pas pu être repris'} tel quel :`,
  wrote: (file) => `Fichier ${file} écrit.`,
  cannotWrite: (file, reason) => `Impossible d’écrire « ${file} » (${reason}).`,
  unexpected: (reason) =>
    `Une erreur imprévue est survenue : ${reason}. Merci de la signaler avec le fichier en cause.`,
};

export const cliMessages = { en: cliMessagesEn, fr: cliMessagesFr } satisfies Record<
  Language,
  CliMessages
>;
