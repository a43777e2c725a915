package org.sdghub.projects.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One entry of a code list the API uses.
 *
 * @param code the code as the standard publishes it ({@code 2} for IATI's Implementation status,
 *     {@code 14010}, {@code USD})
 * @param value what the projects API takes and returns for it: the code itself, except for activity
 *     status and organisation role, which the API names by word ({@code implementation}, {@code
 *     accountable})
 * @param name by language code (en always, ru where the source has it)
 * @param description the standard's explanation, null where it has none
 */
public record CodelistEntry(
    String code, String value, Map<String, String> name, String description) {

  public CodelistEntry {
    // Read-only, and in the order given (en first) so that responses list languages alike.
    name = Collections.unmodifiableMap(new LinkedHashMap<>(name));
  }
}
