package org.sdghub.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo file against partners-service's own reference lists, committed beside its code. */
class DemoOrganisationTest {

  private static final Path REFERENCE =
      Path.of(System.getProperty("basedir", "."))
          .resolve("../../partners-service/src/main/resources/reference");
  private static final Set<String> KINDS =
      Set.of(
          "un-entity",
          "donor-government",
          "development-bank",
          "national-government",
          "ngo",
          "private-sector",
          "academic",
          "foundation");

  private static List<DemoOrganisation> organisations;

  @BeforeAll
  static void read() throws IOException {
    organisations = DemoOrganisation.readAll();
  }

  @Test
  void theFileParsesAndHoldsOrganisations() {
    assertFalse(organisations.isEmpty());
  }

  @Test
  void everyOrganisationHasEnglishAndRussianNamesAndAKnownKind() {
    for (DemoOrganisation organisation : organisations) {
      JsonNode name = organisation.profile().path("name");
      assertFalse(name.path("en").asText().isBlank(), organisation.identifier() + " has no en");
      assertFalse(name.path("ru").asText().isBlank(), organisation.identifier() + " has no ru");
      String kind = organisation.profile().path("kind").asText();
      assertTrue(KINDS.contains(kind), organisation.name() + ": kind " + kind);
    }
  }

  @Test
  void everyTypeIsAnIatiOrganisationType() throws IOException {
    Set<String> types = codes("iati-organisation-type.tsv");
    for (DemoOrganisation organisation : organisations) {
      String type = organisation.profile().path("type").asText();
      assertTrue(types.contains(type), organisation.name() + ": type " + type);
    }
  }

  @Test
  void everyCountryIsAnIsoCode() throws IOException {
    Set<String> countries = codes("iso-3166-1-alpha-2.tsv");
    for (DemoOrganisation organisation : organisations) {
      JsonNode profile = organisation.profile();
      String headquarters = profile.path("headquartersCountry").asText();
      assertTrue(countries.contains(headquarters), organisation.name() + ": " + headquarters);
      assertFalse(profile.path("countries").isEmpty(), organisation.name() + " operates nowhere");
      for (JsonNode country : profile.path("countries")) {
        assertTrue(countries.contains(country.asText()), organisation.name() + ": " + country);
      }
    }
  }

  @Test
  void everyIdentifierStartsWithAnActiveRegistrationAgency() throws IOException {
    Set<String> agencies = codes("iati-organisation-registration-agency.tsv");
    for (DemoOrganisation organisation : organisations) {
      String identifier = organisation.identifier();
      String[] parts = identifier.split("-", 3);
      assertEquals(3, parts.length, organisation.name() + ": " + identifier);
      assertFalse(parts[2].isBlank(), organisation.name() + ": " + identifier);
      String agency = parts[0] + "-" + parts[1];
      assertTrue(agencies.contains(agency), organisation.name() + ": agency " + agency);
    }
  }

  @Test
  void noTwoOrganisationsShareAnIdentifierOrAnEnglishName() {
    Set<String> identifiers = new HashSet<>();
    Set<String> names = new HashSet<>();
    for (DemoOrganisation organisation : organisations) {
      assertTrue(
          identifiers.add(organisation.identifier().toUpperCase(Locale.ROOT)),
          "identifier twice: " + organisation.identifier());
      assertTrue(
          names.add(organisation.name().toLowerCase(Locale.ROOT)),
          "name twice: " + organisation.name());
    }
  }

  @Test
  void everyContactIsVisiblyMadeUp() {
    for (DemoOrganisation organisation : organisations) {
      JsonNode contact = organisation.contact();
      assertTrue(
          contact.path("email").asText().endsWith("@example.org"),
          organisation.name() + ": " + contact.path("email"));
      assertTrue(
          contact.path("position").asText().endsWith("(demo)"),
          organisation.name() + ": " + contact.path("position"));
      assertFalse(contact.path("name").asText().isBlank(), organisation.name());
    }
  }

  private static Set<String> codes(String file) throws IOException {
    try (var lines = Files.lines(REFERENCE.resolve(file))) {
      return lines
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(line -> line.split("\t", 2)[0])
          .collect(Collectors.toUnmodifiableSet());
    }
  }
}
