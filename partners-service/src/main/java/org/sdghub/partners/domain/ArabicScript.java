package org.sdghub.partners.domain;

/**
 * Folds the letters that Dari, Pashto and Arabic keyboards write differently for one letter: Arabic
 * yeh and alef maksura ({@code ي ى}) are Persian yeh ({@code ی}), Arabic kaf ({@code ك}) is keheh
 * ({@code ک}), teh marbuta and ae ({@code ة ە}) are heh ({@code ه}), and Arabic-Indic and Persian
 * digits are ASCII digits. Hamza and madda carriers are left to Unicode decomposition (NFKD), which
 * splits them into the bare letter and a mark.
 */
final class ArabicScript {

  private ArabicScript() {}

  /** The folded code point; any other code point as it is. */
  static int fold(int c) {
    return switch (c) {
      case 'ي', 'ى' -> 'ی';
      case 'ك' -> 'ک';
      case 'ة', 'ە', 'ۀ' -> 'ه';
      default -> digit(c);
    };
  }

  /** Whether the code point only joins or stretches letters (tatweel, zero-width non-joiner). */
  static boolean joiner(int c) {
    return c == 'ـ' || c == '\u200C' || c == '\u200D';
  }

  private static int digit(int c) {
    if (c >= '٠' && c <= '٩') {
      return '0' + (c - '٠');
    }
    if (c >= '۰' && c <= '۹') {
      return '0' + (c - '۰');
    }
    return c;
  }
}
