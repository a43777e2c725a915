package org.sdghub.partners.domain;

import java.util.Map;

/**
 * Writes Cyrillic letters in Latin ones, so that a name given in Russian or another Cyrillic
 * language of the region compares with the same name written in Latin letters.
 *
 * <p>Russian follows BGN/PCGN 1947 without its diacritics and positional rules ({@code е} is always
 * {@code e}), the spelling most Latin renderings of Russian names use: "Министерство водных
 * ресурсов" becomes "Ministerstvo vodnykh resursov". The letters of Kazakh, Kyrgyz, Tajik and Uzbek
 * follow their official Latin alphabets with accents dropped ({@code қ} is {@code q}, as in
 * "Qazaqstan" and "Qishloq"). ICU's generic Any-Latin would romanise {@code х} as {@code h} and
 * {@code ы} as {@code y}, giving "vodnyh", which matches fewer real Latin spellings.
 */
final class Romanisation {

  private static final Map<Character, String> LATIN =
      Map.ofEntries(
          Map.entry('а', "a"),
          Map.entry('б', "b"),
          Map.entry('в', "v"),
          Map.entry('г', "g"),
          Map.entry('д', "d"),
          Map.entry('е', "e"),
          Map.entry('ё', "e"),
          Map.entry('ж', "zh"),
          Map.entry('з', "z"),
          Map.entry('и', "i"),
          Map.entry('й', "y"),
          Map.entry('к', "k"),
          Map.entry('л', "l"),
          Map.entry('м', "m"),
          Map.entry('н', "n"),
          Map.entry('о', "o"),
          Map.entry('п', "p"),
          Map.entry('р', "r"),
          Map.entry('с', "s"),
          Map.entry('т', "t"),
          Map.entry('у', "u"),
          Map.entry('ф', "f"),
          Map.entry('х', "kh"),
          Map.entry('ц', "ts"),
          Map.entry('ч', "ch"),
          Map.entry('ш', "sh"),
          Map.entry('щ', "shch"),
          Map.entry('ъ', ""),
          Map.entry('ы', "y"),
          Map.entry('ь', ""),
          Map.entry('э', "e"),
          Map.entry('ю', "yu"),
          Map.entry('я', "ya"),
          // Kazakh, Kyrgyz, Tajik, Uzbek
          Map.entry('ә', "a"),
          Map.entry('ғ', "g"),
          Map.entry('қ', "q"),
          Map.entry('ң', "ng"),
          Map.entry('ө', "o"),
          Map.entry('ұ', "u"),
          Map.entry('ү', "u"),
          Map.entry('һ', "h"),
          Map.entry('і', "i"),
          Map.entry('ӣ', "i"),
          Map.entry('ӯ', "u"),
          Map.entry('ҳ', "h"),
          Map.entry('ҷ', "j"),
          Map.entry('ў', "o"),
          // Ukrainian and Belarusian names turn up among donors' and NGOs' names too
          Map.entry('є', "ye"),
          Map.entry('ї', "yi"),
          Map.entry('ґ', "g"));

  private Romanisation() {}

  /** The text with every Cyrillic letter it knows romanised; expects lower case, composed (NFC). */
  static String romanise(String lowerCase) {
    StringBuilder latin = new StringBuilder(lowerCase.length() + 8);
    for (int i = 0; i < lowerCase.length(); i++) {
      char c = lowerCase.charAt(i);
      String replacement = LATIN.get(c);
      latin.append(replacement != null ? replacement : String.valueOf(c));
    }
    return latin.toString();
  }
}
