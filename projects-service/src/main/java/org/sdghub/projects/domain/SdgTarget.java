package org.sdghub.projects.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One of the 169 SDG targets, such as {@code 6.4} or {@code 6.a}.
 *
 * @param title the target's text by language code (en ru kk ky tg tk)
 */
public record SdgTarget(String code, int goal, Map<String, String> title) {

  public SdgTarget {
    // Read-only, and in the order given (en first) so that responses list languages alike.
    title = Collections.unmodifiableMap(new LinkedHashMap<>(title));
  }
}
