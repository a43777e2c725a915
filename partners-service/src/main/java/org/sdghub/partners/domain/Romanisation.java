package org.sdghub.partners.domain;

import com.ibm.icu.text.Transliterator;
import java.util.Map;
import java.util.Set;

/**
 * Writes Cyrillic letters (and those of other scripts the registry meets, Arabic aside) in Latin
 * ones, following the rules of the name's language, so that a name in one script compares with the
 * same name written in the other.
 *
 * <p>Russian follows BGN/PCGN ("Министерство водных ресурсов" is "Ministerstvo vodnykh resursov",
 * "Европейский" is "Yevropeyskiy"), Uzbek its official 1995 Latin alphabet ({@code ў} is {@code
 * oʻ}, {@code х} is {@code x}, {@code ҳ} is {@code h}), Kyrgyz BGN/PCGN, all three with ICU's
 * transliterators. Kazakh follows its 2021 Latin alphabet and Tajik BGN/PCGN, from {@link
 * CyrillicAlphabets}, since ICU has neither. A name whose language is not known (English field,
 * aliases) is read in the language its letters betray: {@code ҷ} is Tajik, {@code ў} Uzbek, {@code
 * ә} Kazakh, {@code ө} Kyrgyz, anything else Russian. Arabic script is left as it is: the region's
 * Dari and Pashto names are compared in their own letters ({@link ArabicScript}).
 */
final class Romanisation {

  private static final Map<String, Transliterator> ICU =
      Map.of(
          "ru", Transliterator.getInstance("Russian-Latin/BGN"),
          "uz", Transliterator.getInstance("uz_Cyrl-uz_Latn"),
          "ky", Transliterator.getInstance("Kirghiz-Latin/BGN"));

  /** Whatever Cyrillic a language's rules left (Serbian ђ, Macedonian ѓ…), letter by letter. */
  private static final Transliterator ANY_CYRILLIC = Transliterator.getInstance("Cyrillic-Latin");

  /** Greek, Georgian, Armenian, Hangul, Han… in the Latin letters of their usual romanisation. */
  private static final Transliterator OTHER_SCRIPTS =
      Transliterator.getInstance(
          "[^[:Latin:][:Arabic:][:Cyrillic:][:Common:][:Inherited:]] Any-Latin");

  /** The languages whose Cyrillic names follow their own rules rather than a guess. */
  private static final Set<String> CYRILLIC_LANGUAGES = Set.of("ru", "kk", "ky", "tg", "uz");

  private static final String RUSSIAN_LETTERS = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";

  private Romanisation() {}

  /**
   * The text with every letter outside the Latin and Arabic scripts romanised under the rules of
   * {@code language} (an API language code, or null when not known); expects lower case, NFC.
   */
  static String romanise(String lowerCase, String language) {
    String text = lowerCase;
    if (hasCyrillic(text)) {
      String rules = rulesFor(language, text);
      Transliterator icu = ICU.get(rules);
      text = icu != null ? transliterate(icu, text) : CyrillicAlphabets.romanise(text, rules);
      if (hasCyrillic(text)) {
        text = transliterate(ANY_CYRILLIC, text);
      }
    }
    return transliterate(OTHER_SCRIPTS, text);
  }

  /**
   * The language whose rules romanise this text: its own if it is a Cyrillic language of the
   * region, unless a "Russian" name holds letters Russian does not have (a Kazakh or Uzbek name
   * given as the Russian one); otherwise the language its letters betray.
   */
  static String rulesFor(String language, String text) {
    if (language != null
        && CYRILLIC_LANGUAGES.contains(language)
        && !(language.equals("ru") && hasNonRussianCyrillic(text))) {
      return language;
    }
    return guess(text);
  }

  private static boolean hasNonRussianCyrillic(String text) {
    return text.codePoints()
        .anyMatch(
            c ->
                Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC
                    && Character.isLetter(c)
                    && RUSSIAN_LETTERS.indexOf(c) < 0);
  }

  // The letters that only one of the region's Cyrillic alphabets has, tried from the rarest.
  private static String guess(String text) {
    if (containsAny(text, "ӣӯҷ")) {
      return "tg";
    }
    if (containsAny(text, "ўҳ")) {
      return "uz";
    }
    if (containsAny(text, "әіұһ") || (containsAny(text, "ғқ") && containsAny(text, "ыңөү"))) {
      return "kk";
    }
    if (containsAny(text, "ғқ")) {
      return "uz";
    }
    if (containsAny(text, "өүң")) {
      return "ky";
    }
    return "ru";
  }

  private static boolean containsAny(String text, String letters) {
    for (int i = 0; i < letters.length(); i++) {
      if (text.indexOf(letters.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasCyrillic(String text) {
    return text.codePoints()
        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
  }

  // ICU's rule-based transliterators keep state while they run: one caller at a time each.
  private static String transliterate(Transliterator transliterator, String text) {
    synchronized (transliterator) {
      return transliterator.transliterate(text);
    }
  }
}
