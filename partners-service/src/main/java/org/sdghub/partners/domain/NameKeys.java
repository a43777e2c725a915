package org.sdghub.partners.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * The normalised form of a name or acronym under which two spellings of the same organisation meet:
 * lower case, Cyrillic romanised, accents dropped, and nothing but letters and digits kept, so that
 * "U.N.D.P.", "undp" and "UNDP" share one key, and so do "Ministerstvo vodnykh resursov" and
 * "Министерство водных ресурсов". Scripts without a romanisation here (Persian, Pashto) keep their
 * letters.
 */
public final class NameKeys {

  /** Latin letters that are not a base letter plus accent, so that decomposition leaves them. */
  private static final Map<Integer, String> UNDECOMPOSABLE =
      Map.of(
          (int) 'ß', "ss",
          (int) 'æ', "ae",
          (int) 'œ', "oe",
          (int) 'ø', "o",
          (int) 'ł', "l",
          (int) 'đ', "d",
          (int) 'ð', "d",
          (int) 'þ', "th",
          (int) 'ı', "i");

  private NameKeys() {}

  /** The key of a name; empty when the text holds no letter or digit. */
  public static String of(String text) {
    if (text == null) {
      return "";
    }
    String composed = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    String decomposed = Normalizer.normalize(Romanisation.romanise(composed), Normalizer.Form.NFKD);
    StringBuilder key = new StringBuilder(decomposed.length());
    decomposed
        .codePoints()
        .forEach(
            c -> {
              String replacement = UNDECOMPOSABLE.get(c);
              if (replacement != null) {
                key.append(replacement);
              } else if (Character.isLetterOrDigit(c)) {
                key.appendCodePoint(c);
              }
            });
    return key.toString();
  }
}
