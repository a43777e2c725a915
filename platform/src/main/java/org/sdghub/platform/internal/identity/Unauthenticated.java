package org.sdghub.platform.internal.identity;

import java.util.Map;
import org.sdghub.platform.ProblemException;

/** Answers 401: the request has no valid token from the gateway. */
public class Unauthenticated extends ProblemException {

  /** The detail every 401 gives: which of the token's checks failed stays on the server. */
  public static final String DETAIL =
      "This request needs a valid bearer token from the SDG Hub gateway.";

  /** A 401 with the generic detail. */
  public Unauthenticated() {
    this(DETAIL);
  }

  /** A 401 saying what is wrong with a token that verified but is unusable. */
  public Unauthenticated(String detail) {
    super(401, "unauthorized", "Authentication required", detail, Map.of());
  }
}
