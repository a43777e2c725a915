package org.sdghub.partners.api;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.sdghub.platform.InvalidInput;

/** Reads query parameter values that JAX-RS would turn into a bare 404 if it converted them. */
final class QueryValues {

  private QueryValues() {}

  /** The values as UUIDs; 400 naming the parameter if one is not a UUID. */
  static Set<UUID> uuids(String parameter, List<String> values) {
    Set<UUID> ids = new LinkedHashSet<>();
    for (String value : values == null ? List.<String>of() : values) {
      try {
        ids.add(UUID.fromString(value.trim()));
      } catch (IllegalArgumentException e) {
        throw new InvalidInput(parameter, "must be an organisation id (a UUID)");
      }
    }
    return ids;
  }
}
