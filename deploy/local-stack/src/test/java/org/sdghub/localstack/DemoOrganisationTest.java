package org.sdghub.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
      assertFalse(name.path("en").asText().isBlank(), organisation.key() + " has no en");
      assertFalse(name.path("ru").asText().isBlank(), organisation.key() + " has no ru");
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
  void anIdentifierLeftOutIsLeftOutEntirelyNotEmpty() {
    for (DemoOrganisation organisation : organisations) {
      JsonNode identifier = organisation.profile().path("identifier");
      assertTrue(
          identifier.isMissingNode() || identifier.isTextual() && !identifier.asText().isBlank(),
          organisation.key() + ": identifier " + identifier);
    }
    assertTrue(
        organisations.stream().anyMatch(organisation -> organisation.identifier() == null),
        "some demo organisations have no confirmed identifier");
  }

  @Test
  void everyIdentifierStartsWithAnActiveRegistrationAgency() throws IOException {
    Set<String> agencies = codes("iati-organisation-registration-agency.tsv");
    for (DemoOrganisation organisation : organisations) {
      String identifier = organisation.identifier();
      if (identifier == null) {
        continue;
      }
      String[] parts = identifier.split("-", 3);
      assertEquals(3, parts.length, organisation.name() + ": " + identifier);
      assertFalse(parts[2].isBlank(), organisation.name() + ": " + identifier);
      String agency = parts[0] + "-" + parts[1];
      assertTrue(agencies.contains(agency), organisation.name() + ": agency " + agency);
    }
  }

  @Test
  void noTwoOrganisationsShareAKeyAnIdentifierOrAName() {
    Set<String> keys = new HashSet<>();
    Set<String> identifiers = new HashSet<>();
    Set<String> names = new HashSet<>();
    for (DemoOrganisation organisation : organisations) {
      assertTrue(keys.add(organisation.key()), "key twice: " + organisation.key());
      assertTrue(
          organisation.identifier() == null
              || identifiers.add(organisation.identifier().toUpperCase(Locale.ROOT)),
          "identifier twice: " + organisation.identifier());
      assertTrue(
          names.add(organisation.profile().path("name").path("ru").asText()),
          "Russian name twice: " + organisation.name());
      assertTrue(
          names.add(organisation.name().toLowerCase(Locale.ROOT)),
          "name twice: " + organisation.name());
    }
  }

  @Test
  void nationalBodiesWorkInTheirOwnCountryOnlyAndNoneIsAfghanistans() {
    for (DemoOrganisation organisation : organisations) {
      JsonNode profile = organisation.profile();
      if (!profile.path("kind").asText().equals("national-government")) {
        continue;
      }
      String country = profile.path("headquartersCountry").asText();
      assertEquals(List.of(country), strings(profile.path("countries")), organisation.name());
      // The UN does not recognise Afghanistan's de facto authorities: the demo names none.
      assertFalse(country.equals("AF"), organisation.name());
    }
  }

  @Test
  void noTwoOrganisationsOfOneCountryShareAnAcronym() {
    Set<String> acronyms = new HashSet<>();
    for (DemoOrganisation organisation : organisations) {
      JsonNode acronym = organisation.profile().path("acronym");
      if (acronym.isTextual()) {
        String key =
            acronym.asText().toLowerCase(Locale.ROOT)
                + "@"
                + organisation.profile().path("headquartersCountry").asText();
        assertTrue(acronyms.add(key), "acronym twice in one country: " + key);
      }
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

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asText()));
    return values;
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
