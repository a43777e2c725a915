package org.sdghub.partners.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class NameKeysTest {

  @Test
  void caseSpacesAndPunctuationDoNotMatter() {
    assertEquals(NameKeys.of("UNDP"), NameKeys.of("U.N.D.P."));
    assertEquals(NameKeys.of("Aga Khan Foundation"), NameKeys.of("AGA-KHAN  foundation."));
  }

  @Test
  void accentsDoNotMatter() {
    assertEquals(
        NameKeys.of("Agence Française de Développement"),
        NameKeys.of("agence francaise de developpement"));
    assertEquals(
        NameKeys.of("Türkmenistanyň Daşary işler ministrligi"),
        NameKeys.of("Turkmenistanyn Dasary isler ministrligi"));
    assertEquals("strasse", NameKeys.of("Straße"));
  }

  @Test
  void russianIsRomanisedTheWayLatinSpellingsOfRussianNamesAre() {
    assertEquals(
        NameKeys.of("Ministerstvo vodnykh resursov"), NameKeys.of("Министерство водных ресурсов"));
    assertEquals(NameKeys.of("PROON"), NameKeys.of("ПРООН"));
    assertEquals("shchuchinsk", NameKeys.of("Щучинск"));
    assertEquals("kyrgyzstan", NameKeys.of("Кыргызстан"));
  }

  @Test
  void lettersOfTheRegionsCyrillicAlphabetsFollowTheirLatinAlphabets() {
    assertEquals(NameKeys.of("Qazaqstan"), NameKeys.of("Қазақстан"));
    assertEquals(NameKeys.of("O‘zbekiston"), NameKeys.of("Ўзбекистон"));
    assertEquals(NameKeys.of("Ҷумҳурии Тоҷикистон"), NameKeys.of("Jumhurii Tojikiston"));
  }

  @Test
  void differentNamesKeepDifferentKeys() {
    assertNotEquals(NameKeys.of("UNDP"), NameKeys.of("UNEP"));
    assertNotEquals(NameKeys.of("Ministry of Energy"), NameKeys.of("Ministry of Ecology"));
  }

  @Test
  void scriptsWithoutRomanisationKeepTheirLetters() {
    assertEquals("وزارتمالیه", NameKeys.of("وزارت مالیه"));
  }

  @Test
  void textWithoutLettersOrDigitsHasAnEmptyKey() {
    assertEquals("", NameKeys.of(" - . "));
    assertEquals("", NameKeys.of(null));
  }
}
