package org.sdghub.partners.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words that most government and international bodies of the region share ("Ministry of … of
 * the Republic of Kazakhstan", "Министерство … Республики Казахстан", "… vazirligi"), left out when
 * names are scored for near matches: with them, the ministries of energy and of ecology of one
 * country would look closer than two spellings of one ministry. Near matches are only sought within
 * one headquarters country, so the country's name tells nothing there either. Exact keys keep every
 * word.
 */
final class GenericWords {

  /**
   * Function words of English, French, Russian, Uzbek, Kazakh, Tajik, Dari and Pashto, and the
   * words of legal forms and kinds of body that say nothing about which one it is.
   */
  private static final Set<String> WORDS =
      Set.of(
          "of",
          "the",
          "and",
          "for",
          "on",
          "in",
          "at",
          "to",
          "de",
          "du",
          "des",
          "la",
          "le",
          "et",
          "i",
          "po",
          "pri",
          "pod",
          "dlya",
          "va",
          "ve",
          "jane",
          "zhane",
          "men",
          "nazdi",
          "و",
          "د",
          "از",
          "در",
          "united",
          "nations",
          "وزارت",
          "وزاره",
          "public",
          "foundation",
          "fund",
          "fond",
          "fondi",
          "association",
          "obshchestvennyy",
          "obshchestvennoye",
          "obyedineniye",
          "jamoat",
          "birlashmasi",
          "ngo",
          "llc",
          "development",
          "bank",
          "city",
          "shahar",
          "shahri",
          "gorod",
          "goroda",
          "hokimligi",
          "akimat",
          "akimaty",
          "akimdigi");

  /** Beginnings of the words for ministry, republic and the countries, in their inflections. */
  private static final List<String> STEMS =
      List.of(
          "minist",
          "vazir",
          "vazorat",
          "republi",
          "respubli",
          "jumhur",
          "جمهور",
          "kazakh",
          "qazaq",
          "kyrgyz",
          "kirgiz",
          "uzbek",
          "ozbek",
          "tajik",
          "tojik",
          "tadzhik",
          "turkmen",
          "afghan",
          "افغان");

  private GenericWords() {}

  /** The folded words without the generic ones; all of them if nothing else is left. */
  static String strip(String folded) {
    String distinctive =
        Arrays.stream(folded.split(" "))
            .filter(word -> !generic(word))
            .collect(Collectors.joining(" "));
    return distinctive.isEmpty() ? folded : distinctive;
  }

  private static boolean generic(String word) {
    return WORDS.contains(word) || STEMS.stream().anyMatch(word::startsWith);
  }
}
