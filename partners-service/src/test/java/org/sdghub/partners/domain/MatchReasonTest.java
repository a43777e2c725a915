package org.sdghub.partners.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MatchReasonTest {

  @Test
  void namesMeetAcrossLanguagesAndAliases() {
    DuplicateKeys undp =
        profile("XM-DAC-41114", "United Nations Development Programme", null, "UNDP", "ПРООН");
    DuplicateKeys newcomer = profile("XI-IATI-1", "PROON", null, null);

    assertEquals(
        List.of(new MatchReason(MatchReason.SAME_NAME, "name.en", "aliases[0]")),
        MatchReason.between(newcomer, undp));
  }

  @Test
  void acronymMeetsOnlyInTheSameHeadquartersCountry() {
    DuplicateKeys here = profile("KZ-BIN-1", "One", "KZ", "MoE");
    DuplicateKeys there = profile("KG-INN-1", "Two", "KG", "M.o.E.");
    DuplicateKeys alsoHere = profile("KZ-BIN-2", "Three", "KZ", "MOE");

    assertEquals(List.of(), MatchReason.between(here, there));
    assertEquals(
        List.of(new MatchReason(MatchReason.SAME_ACRONYM_AND_COUNTRY, "acronym", "acronym")),
        MatchReason.between(here, alsoHere));
  }

  @Test
  void identifiersMeetWhateverTheirLetterCase() {
    assertEquals(
        MatchReason.SAME_IDENTIFIER,
        MatchReason.between(
                profile("XM-DAC-41114", "A", null, null),
                profile("XM-DAC-41114".toLowerCase(), "B", null, null))
            .get(0)
            .rule());
  }

  @Test
  void governmentBodiesMeetByNameOnlyWithinOneCountry() {
    DuplicateKeys kazakhstan = ministry("KZ", OrganisationKind.NATIONAL_GOVERNMENT, "10");
    DuplicateKeys kyrgyzstan = ministry("KG", OrganisationKind.NATIONAL_GOVERNMENT, "10");
    DuplicateKeys alsoKazakhstan = ministry("KZ", OrganisationKind.NATIONAL_GOVERNMENT, "10");
    DuplicateKeys ngoInKyrgyzstan = ministry("KG", OrganisationKind.NGO, "22");

    assertEquals(List.of(), MatchReason.between(kazakhstan, kyrgyzstan));
    assertEquals(2, MatchReason.between(kazakhstan, alsoKazakhstan).size());
    assertEquals(2, MatchReason.between(kazakhstan, ngoInKyrgyzstan).size(), "not both bodies");
  }

  @Test
  void anIatiGovernmentTypeMakesAGovernmentBodyWhateverTheKind() {
    DuplicateKeys kazakhstan = ministry("KZ", OrganisationKind.NGO, "15");
    DuplicateKeys kyrgyzstan = ministry("KG", OrganisationKind.NGO, "10");

    assertEquals(List.of(), MatchReason.between(kazakhstan, kyrgyzstan));
  }

  private static DuplicateKeys ministry(String country, OrganisationKind kind, String type) {
    OrganisationName name =
        new OrganisationName(
            "Ministry of Health",
            "Министерство здравоохранения",
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    return new Profile(null, name, null, type, kind, country, new TreeSet<>(), null, List.of())
        .keys();
  }

  private static DuplicateKeys profile(
      String identifier, String en, String country, String acronym, String... aliases) {
    OrganisationName name =
        new OrganisationName(en, null, null, null, null, null, null, null, null);
    return new Profile(
            identifier,
            name,
            acronym,
            "40",
            OrganisationKind.UN_ENTITY,
            country == null ? "US" : country,
            new TreeSet<>(),
            null,
            List.of(aliases))
        .keys();
  }
}
