package org.sdghub.projects.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One of the 17 Sustainable Development Goals.
 *
 * @param title the goal's title by language code (en ru kk ky tg tk)
 */
public record SdgGoal(int number, Map<String, String> title) {

  public SdgGoal {
    // Read-only, and in the order given (en first) so that responses list languages alike.
    title = Collections.unmodifiableMap(new LinkedHashMap<>(title));
  }
}
