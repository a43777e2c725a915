package org.sdghub.platform;

import java.util.Map;

/**
 * Answers 412: the client's {@code If-Match} names a version that is no longer current, so applying
 * its change would lose someone else's update; it should fetch the resource again.
 */
public class StaleVersion extends ProblemException {

  /** A 412 with the given explanation. */
  public StaleVersion(String detail) {
    super(412, "stale-version", "The resource has changed", detail, Map.of());
  }

  /** A 412 telling the client the current entity tag. */
  public static StaleVersion current(long version) {
    return new StaleVersion(
        "The resource is now at version "
            + version
            + "; fetch it again and retry with If-Match: \""
            + version
            + "\".");
  }
}
