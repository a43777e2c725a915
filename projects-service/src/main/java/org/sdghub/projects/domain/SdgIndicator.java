package org.sdghub.projects.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One of the global SDG indicators, such as {@code 6.4.2}.
 *
 * @param target the code of the target it measures, such as {@code 6.4}
 * @param title the indicator's text by language code (en ru kk ky tg tk)
 */
public record SdgIndicator(String code, String target, int goal, Map<String, String> title) {

  public SdgIndicator {
    // Read-only, and in the order given (en first) so that responses list languages alike.
    title = Collections.unmodifiableMap(new LinkedHashMap<>(title));
  }
}
