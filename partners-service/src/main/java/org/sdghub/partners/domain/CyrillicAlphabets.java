package org.sdghub.partners.domain;

import java.util.Map;

/**
 * The Cyrillic-to-Latin correspondences that ICU does not ship: Kazakh's 2021 Latin alphabet
 * ({@code ә} ä, {@code ғ} ğ, {@code қ} q, {@code ң} ñ, {@code ө} ö, {@code ұ} ū, {@code ү} ü,
 * {@code і} ı, {@code ы} y, {@code и}/{@code й} i, {@code ш} ş, {@code ч} ç) and Tajik's BGN/PCGN
 * romanisation ({@code ғ} gh, {@code қ} q, {@code ҳ} h, {@code ҷ} j, {@code ӣ} ī, {@code ӯ} ū,
 * {@code х} kh, {@code е} ye at the start of a word and after a vowel).
 */
final class CyrillicAlphabets {

  private static final Map<Character, String> KAZAKH_2021 =
      Map.ofEntries(
          Map.entry('а', "a"),
          Map.entry('ә', "ä"),
          Map.entry('б', "b"),
          Map.entry('в', "v"),
          Map.entry('г', "g"),
          Map.entry('ғ', "ğ"),
          Map.entry('д', "d"),
          Map.entry('е', "e"),
          Map.entry('ё', "io"),
          Map.entry('ж', "j"),
          Map.entry('з', "z"),
          Map.entry('и', "i"),
          Map.entry('й', "i"),
          Map.entry('к', "k"),
          Map.entry('қ', "q"),
          Map.entry('л', "l"),
          Map.entry('м', "m"),
          Map.entry('н', "n"),
          Map.entry('ң', "ñ"),
          Map.entry('о', "o"),
          Map.entry('ө', "ö"),
          Map.entry('п', "p"),
          Map.entry('р', "r"),
          Map.entry('с', "s"),
          Map.entry('т', "t"),
          Map.entry('у', "u"),
          Map.entry('ұ', "ū"),
          Map.entry('ү', "ü"),
          Map.entry('ф', "f"),
          Map.entry('х', "h"),
          Map.entry('һ', "h"),
          Map.entry('ц', "ts"),
          Map.entry('ч', "ç"),
          Map.entry('ш', "ş"),
          Map.entry('щ', "şş"),
          Map.entry('ъ', ""),
          Map.entry('ы', "y"),
          Map.entry('і', "ı"),
          Map.entry('ь', ""),
          Map.entry('э', "e"),
          Map.entry('ю', "iu"),
          Map.entry('я', "ia"));

  private static final Map<Character, String> TAJIK_BGN =
      Map.ofEntries(
          Map.entry('а', "a"),
          Map.entry('б', "b"),
          Map.entry('в', "v"),
          Map.entry('г', "g"),
          Map.entry('ғ', "gh"),
          Map.entry('д', "d"),
          Map.entry('е', "e"),
          Map.entry('ё', "yo"),
          Map.entry('ж', "zh"),
          Map.entry('з', "z"),
          Map.entry('и', "i"),
          Map.entry('ӣ', "ī"),
          Map.entry('й', "y"),
          Map.entry('к', "k"),
          Map.entry('қ', "q"),
          Map.entry('л', "l"),
          Map.entry('м', "m"),
          Map.entry('н', "n"),
          Map.entry('о', "o"),
          Map.entry('п', "p"),
          Map.entry('р', "r"),
          Map.entry('с', "s"),
          Map.entry('т', "t"),
          Map.entry('у', "u"),
          Map.entry('ӯ', "ū"),
          Map.entry('ф', "f"),
          Map.entry('х', "kh"),
          Map.entry('ҳ', "h"),
          Map.entry('ц', "ts"),
          Map.entry('ч', "ch"),
          Map.entry('ҷ', "j"),
          Map.entry('ш', "sh"),
          Map.entry('щ', "shch"),
          Map.entry('ъ', "ʼ"),
          Map.entry('ы', "y"),
          Map.entry('ь', ""),
          Map.entry('э', "e"),
          Map.entry('ю', "yu"),
          Map.entry('я', "ya"));

  private static final String TAJIK_VOWELS = "аеёиӣоуӯэюяъь";

  private CyrillicAlphabets() {}

  /**
   * The text with the letters of {@code language} ({@code kk} or {@code tg}; anything else is read
   * as Tajik, whose table is the closest to Russian) romanised; others are kept.
   */
  static String romanise(String lowerCase, String language) {
    boolean kazakh = language.equals("kk");
    Map<Character, String> table = kazakh ? KAZAKH_2021 : TAJIK_BGN;
    StringBuilder latin = new StringBuilder(lowerCase.length() + 8);
    char previous = ' ';
    for (int i = 0; i < lowerCase.length(); i++) {
      char c = lowerCase.charAt(i);
      boolean ye =
          !kazakh
              && c == 'е'
              && (!Character.isLetter(previous) || TAJIK_VOWELS.indexOf(previous) >= 0);
      String replacement = ye ? "ye" : table.get(c);
      latin.append(replacement != null ? replacement : String.valueOf(c));
      previous = c;
    }
    return latin.toString();
  }
}
