package org.sdghub.projects.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CodelistsTest {

  private final Codelists codelists = new Codelists();

  @Test
  void sectorsAreActiveOecdDacPurposeCodes() {
    assertTrue(codelists.isSector("14010"), "water sector policy");
    assertTrue(codelists.isSector("41010"), "environmental policy");
    assertTrue(codelists.isSector("11110"));
    assertFalse(codelists.isSector("140"), "a category, not a purpose code");
    assertFalse(codelists.isSector("99999"));
    assertFalse(codelists.isSector(null));
    List<CodelistEntry> sectors = codelists.entries(Codelists.SECTOR).orElseThrow();
    assertEquals(295, sectors.size(), "the active entries of IATI Sector 2.03");
    assertTrue(sectors.stream().allMatch(s -> s.code().matches("[0-9]{5}")));
  }

  @Test
  void withdrawnSectorsAreNotForNewProjects() {
    assertFalse(codelists.isSector("15140"), "Government administration, withdrawn");
    assertFalse(codelists.isSector("15162"), "Human rights, withdrawn");
    assertTrue(codelists.isSector("15110"), "Public sector policy and administrative management");
  }

  @Test
  void currenciesAreActiveIso4217Codes() {
    for (String code : List.of("USD", "EUR", "KZT", "KGS", "TJS", "TMT", "UZS", "AFN", "XDR")) {
      assertTrue(codelists.isCurrency(code), code);
    }
    assertFalse(codelists.isCurrency("usd"));
    assertFalse(codelists.isCurrency("EEK"), "withdrawn in 2011");
    assertFalse(codelists.isCurrency("XXX"), "means no currency");
    assertFalse(codelists.isCurrency(null));
    CodelistEntry tenge =
        codelists.entries(Codelists.CURRENCY).orElseThrow().stream()
            .filter(c -> c.code().equals("KZT"))
            .findFirst()
            .orElseThrow();
    assertEquals("Tenge", tenge.name().get("en"));
    assertEquals("Тенге", tenge.name().get("ru"));
  }

  @Test
  void activityStatusesAndRolesAreNamedAsTheApiNamesThem() {
    assertEquals(
        List.of("pipeline", "implementation", "finalisation", "closed", "cancelled", "suspended"),
        values(Codelists.ACTIVITY_STATUS));
    assertEquals(
        List.of("funding", "accountable", "extending", "implementing"),
        values(Codelists.ORGANISATION_ROLE));
    CodelistEntry implementation =
        codelists.entries(Codelists.ACTIVITY_STATUS).orElseThrow().get(1);
    assertEquals("2", implementation.code());
    assertEquals("Implementation", implementation.name().get("en"));
    assertEquals("The activity is currently being implemented", implementation.description());
    assertTrue(codelists.isActivityStatus("closed"));
    assertFalse(codelists.isActivityStatus("4"), "the API takes the word, not the IATI code");
    assertTrue(codelists.isOrganisationRole("accountable"));
    assertFalse(codelists.isOrganisationRole("reporting"));
  }

  @Test
  void theListsAreKnownByName() {
    assertEquals(
        List.of("activity-status", "organisation-role", "sector", "currency", "country", "region"),
        codelists.names());
    assertTrue(codelists.isCountry("MN"));
    assertFalse(codelists.isCountry("XX"));
    assertTrue(codelists.isRegion("619"));
    assertFalse(codelists.isRegion("999"));
    assertEquals(Optional.empty(), codelists.entries("transaction-type"));
    assertEquals(Optional.empty(), codelists.entries(null));
    assertThrows(
        UnsupportedOperationException.class,
        () -> codelists.entries(Codelists.SECTOR).orElseThrow().clear());
  }

  private List<String> values(String list) {
    return codelists.entries(list).orElseThrow().stream().map(CodelistEntry::value).toList();
  }
}
