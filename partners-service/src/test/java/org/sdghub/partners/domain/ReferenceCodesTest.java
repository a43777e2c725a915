package org.sdghub.partners.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReferenceCodesTest {

  @Test
  void identifierPrefixIsAnActiveRegistrationAgency() {
    assertEquals(Optional.of("XM-DAC"), ReferenceCodes.registrationAgencyOf("XM-DAC-41114"));
    assertEquals(Optional.of("KZ-BIN"), ReferenceCodes.registrationAgencyOf("KZ-BIN-100240006767"));
    assertEquals(Optional.of("CA_AB-ABT"), ReferenceCodes.registrationAgencyOf("CA_AB-ABT-123"));
  }

  @Test
  void unknownWithdrawnOrIncompleteIdentifiersHaveNoAgency() {
    assertEquals(Optional.empty(), ReferenceCodes.registrationAgencyOf("XX-FOO-1"));
    assertEquals(Optional.empty(), ReferenceCodes.registrationAgencyOf("GB-GOVUK-1"), "withdrawn");
    assertEquals(Optional.empty(), ReferenceCodes.registrationAgencyOf("XM-DAC-"));
    assertEquals(Optional.empty(), ReferenceCodes.registrationAgencyOf("XM-DAC"));
    assertEquals(Optional.empty(), ReferenceCodes.registrationAgencyOf("xm-dac-41114"));
  }

  @Test
  void countriesAndOrganisationTypesComeFromTheirCodeLists() {
    assertTrue(ReferenceCodes.isCountry("KZ"));
    assertTrue(ReferenceCodes.isCountry("AF"));
    assertFalse(ReferenceCodes.isCountry("XX"));
    assertTrue(ReferenceCodes.isOrganisationType("40"));
    assertFalse(ReferenceCodes.isOrganisationType("41"));
  }
}
