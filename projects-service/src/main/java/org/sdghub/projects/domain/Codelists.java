package org.sdghub.projects.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The IATI and ISO code lists a project's fields are checked against (sectors, currencies), and
 * that the reference endpoint lists; read once, at start, from the module's resources (see {@code
 * reference/README.md}).
 */
@ApplicationScoped
@Startup
public class Codelists {

  /** IATI ActivityStatus: a project's status. */
  public static final String ACTIVITY_STATUS = "activity-status";

  /** IATI OrganisationRole: a participating organisation's role. */
  public static final String ORGANISATION_ROLE = "organisation-role";

  /** IATI Sector: OECD DAC 5-digit purpose codes, active ones. */
  public static final String SECTOR = "sector";

  /** ISO 4217 currencies, active ones. */
  public static final String CURRENCY = "currency";

  public static final String COUNTRY = "country";
  public static final String REGION = "region";

  private final Lists lists;

  public Codelists() {
    this.lists = Lists.BUNDLED;
  }

  /** Whether the code is an OECD DAC 5-digit purpose code (IATI Sector). */
  public boolean isSector(String code) {
    return contains(SECTOR, code);
  }

  /**
   * Whether the code is an OECD DAC 3-digit sector category (IATI SectorCategory): the first three
   * digits of a 5-digit purpose code.
   */
  public boolean isSectorCategory(String code) {
    return code != null
        && code.matches("[0-9]{3}")
        && lists.values().get(SECTOR).stream().anyMatch(s -> s.startsWith(code));
  }

  /** Whether the code is a country of IATI's Country list (ISO 3166-1 alpha-2). */
  public boolean isCountry(String code) {
    return contains(COUNTRY, code);
  }

  /** Whether the code is a region of IATI's Region list (OECD DAC regions, vocabulary 1). */
  public boolean isRegion(String code) {
    return contains(REGION, code);
  }

  /** Whether the code is an active ISO 4217 currency. */
  public boolean isCurrency(String code) {
    return contains(CURRENCY, code);
  }

  /** Whether the word names an IATI activity status as the API does ({@code implementation}). */
  public boolean isActivityStatus(String value) {
    return contains(ACTIVITY_STATUS, value);
  }

  /** Whether the word names an IATI organisation role as the API does ({@code accountable}). */
  public boolean isOrganisationRole(String value) {
    return contains(ORGANISATION_ROLE, value);
  }

  private boolean contains(String list, String value) {
    // The sets are immutable ones, which refuse to be asked about null.
    return value != null && lists.values().get(list).contains(value);
  }

  /** The names of the code lists, in the order the API documents them. */
  public List<String> names() {
    return List.copyOf(lists.entries().keySet());
  }

  /** The entries of the code list with this name, in the source's order, if there is one. */
  public Optional<List<CodelistEntry>> entries(String name) {
    return Optional.ofNullable(name).map(lists.entries()::get);
  }

  /** The four lists and, for lookups, the set of each one's API values. */
  private record Lists(Map<String, List<CodelistEntry>> entries, Map<String, Set<String>> values) {

    static final Lists BUNDLED = read();

    record EntriesFile(List<CodelistEntry> entries) {}

    private static Lists read() {
      ObjectMapper json = new ObjectMapper();
      Map<String, List<CodelistEntry>> entries = new LinkedHashMap<>();
      Map<String, Set<String>> values = new LinkedHashMap<>();
      for (String name :
          List.of(ACTIVITY_STATUS, ORGANISATION_ROLE, SECTOR, CURRENCY, COUNTRY, REGION)) {
        List<CodelistEntry> list = List.copyOf(read(json, name).entries());
        entries.put(name, list);
        values.put(
            name, list.stream().map(CodelistEntry::value).collect(Collectors.toUnmodifiableSet()));
      }
      return new Lists(Collections.unmodifiableMap(entries), Map.copyOf(values));
    }

    private static EntriesFile read(ObjectMapper json, String name) {
      String resource = "reference/codelist-" + name + ".json";
      try (InputStream in = Codelists.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("Reference data missing from the classpath: " + resource);
        }
        return json.readValue(in, EntriesFile.class);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + resource, e);
      }
    }
  }
}
