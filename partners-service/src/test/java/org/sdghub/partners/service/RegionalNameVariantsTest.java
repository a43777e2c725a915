package org.sdghub.partners.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.sdghub.partners.domain.DuplicateKeys;
import org.sdghub.partners.domain.MatchReason;
import org.sdghub.partners.domain.OrganisationKind;
import org.sdghub.partners.domain.OrganisationName;
import org.sdghub.partners.domain.Profile;

/**
 * The duplicate rules against real name pairs of the region: the same organisation written in Latin
 * and Cyrillic, with each apostrophe, in Arabic-script variants, must be found (a 409 when the
 * names fold to one key, a possible duplicate when they are only close); different organisations
 * with look-alike names must not be.
 */
@QuarkusTest
class RegionalNameVariantsTest {

  enum Found {
    EXACT,
    POSSIBLE,
    NONE
  }

  /** One organisation of a pair: its headquarters country, kind and one name. */
  record Side(String country, OrganisationKind kind, String type, String language, String name) {}

  /** A pair, whether it is one organisation, and what the rules must find. */
  record Pair(String label, boolean same, Found expected, Side first, Side second) {}

  private static final List<Pair> PAIRS =
      List.of(
          same(
              Found.EXACT,
              "uz: ʻ (U+02BB) against Cyrillic",
              gov("UZ", "uz", "Oʻzbekiston Respublikasi Sogʻliqni saqlash vazirligi"),
              gov("UZ", "uz", "Ўзбекистон Республикаси Соғлиқни сақлаш вазирлиги")),
          same(
              Found.EXACT,
              "uz: ' against ‘",
              gov("UZ", "uz", "O'zbekiston Respublikasi Sog'liqni saqlash vazirligi"),
              gov("UZ", "uz", "O‘zbekiston Respublikasi Sog‘liqni saqlash vazirligi")),
          same(
              Found.EXACT,
              "uz: ʼ (U+02BC) for ʻ, against Cyrillic",
              gov("UZ", "uz", "Oʼzbekiston Respublikasi Qishloq xoʼjaligi vazirligi"),
              gov("UZ", "uz", "Ўзбекистон Республикаси Қишлоқ хўжалиги вазирлиги")),
          same(
              Found.EXACT,
              "uz: ` against ’",
              gov("UZ", "uz", "Qishloq xo`jaligi vazirligi"),
              gov("UZ", "uz", "Qishloq xo’jaligi vazirligi")),
          same(
              Found.EXACT,
              "uz: ҳ and э, hyphen",
              gov(
                  "UZ",
                  "uz",
                  "Oʻzbekiston Respublikasi Ekologiya, atrof-muhitni muhofaza qilish"
                      + " va iqlim oʻzgarishi vazirligi"),
              gov(
                  "UZ",
                  "uz",
                  "Ўзбекистон Республикаси Экология, атроф-муҳитни муҳофаза қилиш ва"
                      + " иқлим ўзгариши вазирлиги")),
          same(
              Found.EXACT,
              "uz: ъ as ʼ",
              gov("UZ", "uz", "Xalq taʼlimi vazirligi"),
              gov("UZ", "uz", "Халқ таълими вазирлиги")),
          same(
              Found.EXACT,
              "uz: local government, ш ҳ",
              gov("UZ", "uz", "Toshkent shahar hokimligi"),
              gov("UZ", "uz", "Тошкент шаҳар ҳокимлиги")),
          same(
              Found.POSSIBLE,
              "uz: Russian-style kh against Uzbek x",
              gov("UZ", "en", "Khalq talimi vazirligi"),
              gov("UZ", "uz", "Xalq taʼlimi vazirligi")),
          same(
              Found.EXACT,
              "kk: 2021 Latin, accents left out",
              gov("KZ", "kk", "Qazaqstan Respublikasy Densaulyq saqtau ministrligi"),
              gov("KZ", "kk", "Қазақстан Республикасы Денсаулық сақтау министрлігі")),
          same(
              Found.EXACT,
              "kk: 2021 Latin with ä ı",
              gov("KZ", "kk", "Qazaqstan Respublikasy Su resurstary jäne irrigatsiia ministrlıgı"),
              gov("KZ", "kk", "Қазақстан Республикасы Су ресурстары және ирригация министрлігі")),
          same(
              Found.POSSIBLE,
              "kk: informal zh and ya against Cyrillic",
              gov("KZ", "en", "Qazaqstan Respublikasy Su resurstary zhane irrigatsiya ministrligi"),
              gov("KZ", "kk", "Қазақстан Республикасы Су ресурстары және ирригация министрлігі")),
          same(
              Found.EXACT,
              "kk: ұ as ū",
              gov("KZ", "kk", "Ūlttyq ekonomika ministrlıgı"),
              gov("KZ", "kk", "Ұлттық экономика министрлігі")),
          same(
              Found.EXACT,
              "ru: BGN/PCGN kh",
              gov("KZ", "en", "Ministerstvo vodnykh resursov Respubliki Kazakhstan"),
              gov("KZ", "ru", "Министерство водных ресурсов Республики Казахстан")),
          same(
              Found.EXACT,
              "ru: BGN/PCGN iya, oy",
              gov("KG", "en", "Ministerstvo zdravookhraneniya Kyrgyzskoy Respubliki"),
              gov("KG", "ru", "Министерство здравоохранения Кыргызской Республики")),
          same(
              Found.EXACT,
              "ru: BGN/PCGN initial ye, ts",
              dev("GB", "en", "Yevropeyskiy bank rekonstruktsii i razvitiya"),
              dev("GB", "ru", "Европейский банк реконструкции и развития")),
          same(
              Found.POSSIBLE,
              "ru: another romanisation (e, ii, ia)",
              dev("GB", "en", "Evropeiskii bank rekonstruktsii i razvitiia"),
              dev("GB", "ru", "Европейский банк реконструкции и развития")),
          same(
              Found.EXACT,
              "ru: state agency",
              gov("KZ", "en", "Agentstvo po delam gosudarstvennoy sluzhby Respubliki Kazakhstan"),
              gov("KZ", "ru", "Агентство по делам государственной службы Республики Казахстан")),
          same(
              Found.EXACT,
              "ky: BGN/PCGN",
              gov("KG", "en", "Kyrgyz Respublikasynyn Salamattyk saktoo ministrligi"),
              gov("KG", "ky", "Кыргыз Республикасынын Саламаттык сактоо министрлиги")),
          same(
              Found.EXACT,
              "ky: ө and ч, accents left out",
              gov("KG", "en", "Kyrgyz Respublikasynyn Ozgocho kyrdaaldar ministrligi"),
              gov("KG", "ky", "Кыргыз Республикасынын Өзгөчө кырдаалдар министрлиги")),
          same(
              Found.EXACT,
              "tg: ӣ ҳ ҷ",
              gov("TJ", "en", "Vazorati tandurustī va hifzi ijtimoii aholii Jumhurii Tojikiston"),
              gov("TJ", "tg", "Вазорати тандурустӣ ва ҳифзи иҷтимоии аҳолии Ҷумҳурии Тоҷикистон")),
          same(
              Found.EXACT,
              "tg: committee",
              gov("TJ", "en", "Kumitai hifzi muhiti zisti nazdi Hukumati Jumhurii Tojikiston"),
              gov("TJ", "tg", "Кумитаи ҳифзи муҳити зисти назди Ҳукумати Ҷумҳурии Тоҷикистон")),
          same(
              Found.EXACT,
              "fa: Arabic yeh against Persian yeh",
              gov("AF", "fa", "وزارت زراعت، آبیاری و مالداری"),
              gov("AF", "fa", "وزارت زراعت، آبياري و مالداري")),
          same(
              Found.EXACT,
              "fa: teh marbuta against heh",
              gov("AF", "fa", "وزارت صحت عامه"),
              gov("AF", "fa", "وزارت صحت عامة")),
          same(
              Found.EXACT,
              "ps: Arabic kaf against keheh",
              gov("AF", "ps", "د کرهنې، اوبو لګولو او مالدارۍ وزارت"),
              gov("AF", "ps", "د كرهنې، اوبو لګولو او مالدارۍ وزارت")),
          same(
              Found.EXACT,
              "fa: Persian against Arabic-Indic digits",
              ngo("AF", "fa", "شفاخانه ۱۰۰ بستر کابل"),
              ngo("AF", "fa", "شفاخانه ١٠٠ بستر كابل")),
          same(
              Found.EXACT,
              "fa: zero-width non-joiner against space",
              ngo("AF", "fa", "انجمن‌ حمایت از کودکان"),
              ngo("AF", "fa", "انجمن حمايت از کودکان")),
          same(
              Found.EXACT,
              "en: apostrophe in English",
              un("US", "en", "United Nations Children’s Fund"),
              un("US", "en", "United Nations Childrens Fund")),
          same(
              Found.EXACT,
              "en: case, hyphen and full stop",
              ngo("CH", "en", "Aga Khan Foundation"),
              ngo("CH", "en", "AGA-KHAN Foundation.")),
          same(
              Found.POSSIBLE,
              "en: word order",
              ngo("KZ", "en", "Kazakhstan Red Crescent Society"),
              ngo("KZ", "en", "Red Crescent Society of Kazakhstan")),
          same(
              Found.EXACT,
              "tg: Latin against Cyrillic",
              gov("TJ", "en", "Vazorati kishovarzii Jumhurii Tojikiston"),
              gov("TJ", "tg", "Вазорати кишоварзии Ҷумҳурии Тоҷикистон")),
          different(
              "ministries of health of KZ and KG, one Russian name",
              gov("KZ", "ru", "Министерство здравоохранения"),
              gov("KG", "ru", "Министерство здравоохранения")),
          different(
              "ministries of health of KZ and KG, one English name",
              gov("KZ", "en", "Ministry of Health"),
              gov("KG", "en", "Ministry of Health")),
          different(
              "ministries of health of KZ and KG, full names",
              gov("KZ", "en", "Ministry of Health of the Republic of Kazakhstan"),
              gov("KG", "en", "Ministry of Health of the Kyrgyz Republic")),
          different(
              "foreign ministries of UZ and TJ",
              gov("UZ", "en", "Ministry of Foreign Affairs of the Republic of Uzbekistan"),
              gov("TJ", "en", "Ministry of Foreign Affairs of the Republic of Tajikistan")),
          different(
              "emergency ministries of KG and KZ, Russian",
              gov("KG", "ru", "Министерство чрезвычайных ситуаций"),
              gov("KZ", "ru", "Министерство по чрезвычайным ситуациям")),
          different(
              "energy and ecology ministries of KZ",
              gov("KZ", "ru", "Министерство энергетики Республики Казахстан"),
              gov("KZ", "ru", "Министерство экологии Республики Казахстан")),
          different(
              "health and agriculture ministries of UZ",
              gov("UZ", "uz", "Sogʻliqni saqlash vazirligi"),
              gov("UZ", "uz", "Qishloq xoʻjaligi vazirligi")),
          different(
              "UNDP and UNEP",
              un("US", "en", "United Nations Development Programme"),
              un("US", "en", "United Nations Environment Programme")),
          different(
              "Red Crescent societies of KZ and UZ",
              ngo("KZ", "en", "Red Crescent Society of Kazakhstan"),
              ngo("UZ", "en", "Red Crescent Society of Uzbekistan")),
          different(
              "Tashkent and Samarkand city administrations",
              gov("UZ", "uz", "Toshkent shahar hokimligi"),
              gov("UZ", "uz", "Samarqand shahar hokimligi")),
          different(
              "Afghan ministries of public health and of higher education",
              gov("AF", "fa", "وزارت صحت عامه"),
              gov("AF", "fa", "وزارت تحصیلات عالی")),
          different(
              "Afghan ministries of agriculture and of finance",
              gov("AF", "fa", "وزارت زراعت، آبیاری و مالداری"),
              gov("AF", "fa", "وزارت مالیه")),
          different(
              "Kazakh ministries of energy and of education, Kazakh",
              gov("KZ", "kk", "Қазақстан Республикасы Энергетика министрлігі"),
              gov("KZ", "kk", "Қазақстан Республикасы Оқу-ағарту министрлігі")),
          different(
              "Tajik committees for environment and for emergencies",
              gov("TJ", "tg", "Кумитаи ҳифзи муҳити зист"),
              gov("TJ", "tg", "Кумитаи ҳолатҳои фавқулодда ва мудофиаи гражданӣ")),
          different(
              "Asian Development Bank and Islamic Development Bank",
              dev("PH", "en", "Asian Development Bank"),
              dev("PH", "en", "Islamic Development Bank")),
          different(
              "UNICEF and UNFPA",
              un("US", "en", "United Nations Children's Fund"),
              un("US", "en", "United Nations Population Fund")),
          different(
              "two NGOs of Kyrgyzstan",
              ngo("KG", "en", "Public Foundation Water for Life"),
              ngo("KG", "en", "Public Foundation Roads for Life")));

  @Inject NearMatches nearMatches;

  @Test
  @TestTransaction
  void theRulesFindTheRegionsVariantsOfOneOrganisationAndNothingElse() {
    List<String> wrong = new ArrayList<>();
    int trueMatches = 0;
    int missed = 0;
    int falseMatches = 0;
    int sameCount = 0;
    StringBuilder table = new StringBuilder();
    for (Pair pair : PAIRS) {
      DuplicateKeys first = keys(pair.first());
      DuplicateKeys second = keys(pair.second());
      double score = nearMatches.closeness(first, second);
      Found found =
          !MatchReason.between(first, second).isEmpty()
              ? Found.EXACT
              : nearMatches.close(first, second) ? Found.POSSIBLE : Found.NONE;
      if (pair.same()) {
        sameCount++;
        if (found == Found.NONE) {
          missed++;
        } else {
          trueMatches++;
        }
      } else if (found != Found.NONE) {
        falseMatches++;
      }
      if (found != pair.expected()) {
        wrong.add(pair.label() + ": expected " + pair.expected() + ", found " + found);
      }
      table.append("%-8s %-8s %.3f  %s%n".formatted(pair.expected(), found, score, pair.label()));
    }
    System.out.printf(
        "%s%d same-organisation pairs: %d found (true matches), %d missed; %d different-organisation"
            + " pairs: %d found (false matches)%n",
        table, sameCount, trueMatches, missed, PAIRS.size() - sameCount, falseMatches);
    assertEquals(List.of(), wrong);
    assertEquals(
        Map.of("true", sameCount, "missed", 0, "false", 0),
        Map.of("true", trueMatches, "missed", missed, "false", falseMatches));
  }

  private static DuplicateKeys keys(Side side) {
    String[] names = new String[OrganisationName.LANGUAGES.size()];
    // The one name compared: no placeholder English name that could meet the other's.
    names[OrganisationName.LANGUAGES.indexOf(side.language())] = side.name();
    OrganisationName name =
        new OrganisationName(
            names[0], names[1], names[2], names[3], names[4], names[5], names[6], names[7],
            names[8]);
    return new Profile(
            null,
            name,
            null,
            side.type(),
            side.kind(),
            side.country(),
            new TreeSet<>(),
            null,
            List.of())
        .keys();
  }

  private static Pair same(Found expected, String label, Side first, Side second) {
    return new Pair(label, true, expected, first, second);
  }

  private static Pair different(String label, Side first, Side second) {
    return new Pair(label, false, Found.NONE, first, second);
  }

  private static Side gov(String country, String language, String name) {
    return new Side(country, OrganisationKind.NATIONAL_GOVERNMENT, "10", language, name);
  }

  private static Side ngo(String country, String language, String name) {
    return new Side(country, OrganisationKind.NGO, "22", language, name);
  }

  private static Side un(String country, String language, String name) {
    return new Side(country, OrganisationKind.UN_ENTITY, "40", language, name);
  }

  private static Side dev(String country, String language, String name) {
    return new Side(country, OrganisationKind.DEVELOPMENT_BANK, "40", language, name);
  }
}
