package org.sdghub.partners.domain;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The folded forms of a name or acronym under which two spellings of the same organisation meet.
 * Folding lowers the case, romanises Cyrillic under the rules of the name's language ({@link
 * Romanisation}), folds the Arabic-script letters that Dari and Pashto spell two ways ({@link
 * ArabicScript}), drops accents and every apostrophe (the Uzbek {@code ʻ} and {@code ʼ}, {@code ’ ‘
 * ' `} alike), and turns other punctuation into spaces. The key ({@link #of}) also drops the
 * spaces: "U.N.D.P.", "undp" and "UNDP" share one, and so do "Oʻzbekiston", "O'zbekiston" and
 * "Ўзбекистон". Near matches are scored on the folded words ({@link #fold}) without the generic
 * ones ({@link NameKey#of}).
 */
public final class NameKeys {

  /** Bumped whenever folding changes, so that keys stored under older rules are recomputed. */
  public static final int VERSION = 2;

  /** Marks that stand for an apostrophe or a soft or hard sign: dropped, never a word break. */
  private static final String APOSTROPHES = "'`´·ʹʺʻʼʽʾʿˈˌ‘’‛′″＇";

  /** ä ö ü ñ ş ğ ç ı ū, ß æ ø ł đ þ… as the ASCII letters they are written with. */
  private static final Transliterator LATIN_ASCII = Transliterator.getInstance("Latin-ASCII");

  private NameKeys() {}

  /** The key of a name in an unknown language; empty when it holds no letter or digit. */
  public static String of(String text) {
    return of(text, null);
  }

  /**
   * The key of a name in {@code language} (an API language code such as {@code uz}, or null when
   * not known); empty when it holds no letter or digit.
   */
  public static String of(String text, String language) {
    return fold(text, language).replace(" ", "");
  }

  /** The folded words of a name, separated by single spaces; empty without a letter or digit. */
  public static String fold(String text, String language) {
    if (text == null) {
      return "";
    }
    String lower = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    String latin = Romanisation.romanise(lower, language);
    String ascii;
    // Before Latin-ASCII, which would write a hard sign's ʺ as a quotation mark.
    String unmarked = withoutApostrophes(latin);
    synchronized (LATIN_ASCII) {
      ascii = LATIN_ASCII.transliterate(unmarked);
    }
    return words(Normalizer.normalize(ascii, Normalizer.Form.NFKD));
  }

  private static String words(String decomposed) {
    StringBuilder folded = new StringBuilder(decomposed.length());
    boolean pendingSpace = false;
    for (int i = 0; i < decomposed.length(); ) {
      int c = decomposed.codePointAt(i);
      i += Character.charCount(c);
      if (APOSTROPHES.indexOf(c) >= 0 || ArabicScript.joiner(c) || isMark(c)) {
        continue;
      }
      c = ArabicScript.fold(c);
      if (Character.isLetterOrDigit(c)) {
        if (pendingSpace && !folded.isEmpty()) {
          folded.append(' ');
        }
        pendingSpace = false;
        folded.appendCodePoint(Character.toLowerCase(c));
      } else {
        pendingSpace = true;
      }
    }
    return folded.toString();
  }

  private static String withoutApostrophes(String text) {
    StringBuilder kept = new StringBuilder(text.length());
    text.codePoints().filter(c -> APOSTROPHES.indexOf(c) < 0).forEach(kept::appendCodePoint);
    return kept.toString();
  }

  private static boolean isMark(int c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }
}
