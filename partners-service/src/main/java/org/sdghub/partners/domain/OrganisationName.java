package org.sdghub.partners.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An organisation's name in the languages SDG Hub serves: English always, Russian expected, and the
 * region's other languages (Kazakh, Kyrgyz, Tajik, Turkmen, Uzbek, Dari/Persian, Pashto) when
 * known.
 */
@Embeddable
public record OrganisationName(
    @Column(name = "name_en") String en,
    @Column(name = "name_ru") String ru,
    @Column(name = "name_kk") String kk,
    @Column(name = "name_ky") String ky,
    @Column(name = "name_tg") String tg,
    @Column(name = "name_tk") String tk,
    @Column(name = "name_uz") String uz,
    @Column(name = "name_fa") String fa,
    @Column(name = "name_ps") String ps) {

  /** The language codes, in the order names are listed. */
  public static final List<String> LANGUAGES =
      List.of("en", "ru", "kk", "ky", "tg", "tk", "uz", "fa", "ps");

  /** The names given, by language code, in {@link #LANGUAGES} order. */
  public Map<String, String> byLanguage() {
    String[] values = {en, ru, kk, ky, tg, tk, uz, fa, ps};
    Map<String, String> names = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        names.put(LANGUAGES.get(i), values[i]);
      }
    }
    return names;
  }
}
