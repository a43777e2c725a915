package org.sdghub.gateway.domain;

import java.util.Map;
import org.sdghub.platform.ProblemException;

/**
 * Answers 401: the request carries no API key, or one that is malformed, unknown or revoked; the
 * detail never says which, so that it cannot be used to probe keys.
 */
public class InvalidApiKey extends ProblemException {

  /** The one detail every such 401 gives. */
  public static final String DETAIL =
      "This request needs a valid SDG Hub API key: send it as 'Authorization: Bearer <key>'.";

  /** The 401. */
  public InvalidApiKey() {
    super(401, "unauthorized", "Authentication required", DETAIL, Map.of());
  }
}
