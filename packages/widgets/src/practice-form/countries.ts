/**
 * The countries the form offers: ISO 3166-1 alpha-2 codes of the 249 countries and territories
 * the standard assigns, named by the browser in the visitor's language (`Intl.DisplayNames`) and
 * sorted in that language, so no table of names is shipped.
 */
import type { Language } from '@gics/core';

const CODES =
  'ADAEAFAGAIALAMAOAQARASATAUAWAXAZBABBBDBEBFBGBHBIBJBLBMBNBOBQBRBSBTBVBWBYBZCACCCDCFCGCHCICKCLCMCNCOCRCUCVCWCXCYCZDEDJDKDMDODZECEEEGEHERESETFIFJFKFMFOFRGAGBGDGEGFGGGHGIGLGMGNGPGQGRGSGTGUGWGYHKHMHNHRHTHUIDIEILIMINIOIQIRISITJEJMJOJPKEKGKHKIKMKNKPKRKWKYKZLALBLCLILKLRLSLTLULVLYMAMCMDMEMFMGMHMKMLMMMNMOMPMQMRMSMTMUMVMWMXMYMZNANCNENFNGNINLNONPNRNUNZOMPAPEPFPGPHPKPLPMPNPRPSPTPWPYQARERORSRURWSASBSCSDSESGSHSISJSKSLSMSNSOSRSSSTSVSXSYSZTCTDTFTGTHTJTKTLTMTNTOTRTTTVTWTZUAUGUMUSUYUZVAVCVEVGVIVNVUWFWSYEYTZAZMZW';

const lists = new Map<Language, ReadonlyArray<{ code: string; name: string }>>();

/** Every country as `{ code, name }`, named and sorted in `lang`; built once per language. */
export function countries(lang: Language): ReadonlyArray<{ code: string; name: string }> {
  let list = lists.get(lang);
  if (!list) {
    let names: Intl.DisplayNames | undefined;
    try {
      names = new Intl.DisplayNames([`${lang}-CA`], { type: 'region' });
    } catch {
      // A browser without region names shows the codes.
    }
    const collator = new Intl.Collator(`${lang}-CA`);
    list = (CODES.match(/../g) ?? [])
      .map((code) => ({ code, name: names?.of(code) ?? code }))
      .sort((a, b) => collator.compare(a.name, b.name));
    lists.set(lang, list);
  }
  return list;
}
