package org.sdghub.gateway.domain;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * An organisation as the who-what-where read model keeps it: what partners-service's last applied
 * event said of it, as far as the 3W needs.
 *
 * @param names names by language code, {@code en} always present
 * @param type the IATI OrganisationType code
 * @param kind the registry's coarse grouping ({@code un-entity}, {@code ngo}…)
 */
public record ReadModelOrganisation(
    UUID id,
    long version,
    Map<String, String> names,
    String acronym,
    String type,
    String kind,
    boolean archived,
    Instant updatedAt) {

  public ReadModelOrganisation {
    names = Map.copyOf(names);
  }

  public String englishName() {
    return names.get("en");
  }
}
