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
