package org.sdghub.partners.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
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

  @Test
  void everyApostropheOfTheRegionFoldsAlike() {
    String key = NameKeys.of("Oʻzbekiston");
    for (String spelling :
        List.of("Oʼzbekiston", "O’zbekiston", "O‘zbekiston", "O'zbekiston", "O`zbekiston")) {
      assertEquals(key, NameKeys.of(spelling), spelling);
    }
    assertEquals("ozbekiston", key);
  }

  @Test
  void eachCyrillicLanguageIsRomanisedByItsOwnRules() {
    // Uzbek: x for х, h for ҳ, oʻ for ў; Russian BGN/PCGN: kh for х.
    assertEquals("xalqtalimivazirligi", NameKeys.of("Халқ таълими вазирлиги", "uz"));
    assertEquals("khalk", NameKeys.of("Халк", "ru"));
    // Kazakh 2021: ш is ş, і is ı, ы is y, all folded to ASCII.
    assertEquals("densaulyqsaqtauministrligi", NameKeys.of("Денсаулық сақтау министрлігі", "kk"));
    // Russian BGN/PCGN: ye at the start of a word, ts for ц.
    assertEquals("yevropeyskiybank", NameKeys.of("Европейский банк", "ru"));
    // Tajik BGN/PCGN: j for ҷ, kh for х.
    assertEquals("khojagii", NameKeys.of("Хоҷагии", "tg"));
    // Kyrgyz BGN/PCGN: ö and ü folded.
    assertEquals("ozgochokyrdaaldar", NameKeys.of("Өзгөчө кырдаалдар", "ky"));
  }

  @Test
  void aRussianNameWithLettersRussianDoesNotHaveIsReadByThoseLetters() {
    assertEquals(NameKeys.of("Халық банкі", "kk"), NameKeys.of("Халық банкі", "ru"));
  }

  @Test
  void aNameOfUnknownLanguageIsReadByTheLettersItUses() {
    assertEquals(NameKeys.of("Ҳоким Халқ", "uz"), NameKeys.of("Ҳоким Халқ"), "ҳ is Uzbek");
    assertEquals(NameKeys.of("Тоҷикистон", "tg"), NameKeys.of("Тоҷикистон"));
    assertEquals(NameKeys.of("Министрлігі", "kk"), NameKeys.of("Министрлігі"));
    assertEquals(NameKeys.of("Щучинск", "ru"), NameKeys.of("Щучинск"));
  }

  @Test
  void arabicScriptLettersThatDariAndPashtoWriteTwoWaysFoldAlike() {
    assertEquals(NameKeys.of("وزارت مالیه", "fa"), NameKeys.of("وزارت ماليه", "fa"));
    assertEquals(NameKeys.of("کابل", "ps"), NameKeys.of("كابل", "ps"));
    assertEquals(NameKeys.of("صحت عامه", "fa"), NameKeys.of("صحت عامة", "fa"));
    assertEquals("ریاست12", NameKeys.of("ریاست ۱۲", "fa"));
    assertEquals("ریاست12", NameKeys.of("ریاست ١٢", "fa"));
    assertEquals(NameKeys.of("ریاست جمهوری", "fa"), NameKeys.of("ریاست‌جمهوری", "fa"));
  }

  @Test
  void foldedWordsKeepTheirSpacesForScoring() {
    assertEquals("aga khan foundation", NameKeys.fold(" AGA-KHAN  foundation. ", null));
    assertEquals(
        "ministerstvo vodnykh resursov", NameKeys.fold("Министерство водных ресурсов", "ru"));
  }
}
