package org.sdghub.partners.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The standard code lists an organisation's profile is checked against, loaded once from the
 * module's resources ({@code reference/}, see its README for sources and licences): ISO 3166-1
 * alpha-2 countries, IATI organisation types and IATI registration agencies (identifier prefixes).
 */
public final class ReferenceCodes {

  private static final Set<String> COUNTRIES = load("reference/iso-3166-1-alpha-2.tsv");
  private static final Set<String> ORGANISATION_TYPES =
      load("reference/iati-organisation-type.tsv");
  private static final Set<String> REGISTRATION_AGENCIES =
      load("reference/iati-organisation-registration-agency.tsv");

  private ReferenceCodes() {}

  /** Whether the code is an ISO 3166-1 alpha-2 country code. */
  public static boolean isCountry(String code) {
    return COUNTRIES.contains(code);
  }

  /** Whether the code is in the IATI OrganisationType code list. */
  public static boolean isOrganisationType(String code) {
    return ORGANISATION_TYPES.contains(code);
  }

  /**
   * The registration agency an IATI organisation identifier is drawn from, if it starts with an
   * active one: agency codes are a country (or {@code XM}, {@code XI}) and a list, {@code XM-DAC},
   * followed by the identifier in that list: {@code XM-DAC-41114}.
   */
  public static Optional<String> registrationAgencyOf(String identifier) {
    int first = identifier.indexOf('-');
    int second = first < 0 ? -1 : identifier.indexOf('-', first + 1);
    if (second < 0 || second == identifier.length() - 1) {
      return Optional.empty();
    }
    String prefix = identifier.substring(0, second);
    return REGISTRATION_AGENCIES.contains(prefix) ? Optional.of(prefix) : Optional.empty();
  }

  private static Set<String> load(String resource) {
    try (InputStream in = ReferenceCodes.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Reference data missing from the classpath: " + resource);
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return lines
          .lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(line -> line.split("\t", 2)[0])
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
  }
}
