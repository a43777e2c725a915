package org.sdghub.platform;

import java.util.Map;

/** Answers 428: an update came without {@code If-Match}, so it could silently overwrite another. */
public class PreconditionRequired extends ProblemException {

  /** A 428 explaining that {@code If-Match} with the resource's current ETag is required. */
  public PreconditionRequired() {
    super(
        428,
        "precondition-required",
        "If-Match required",
        "This request changes a resource: send If-Match with the ETag of the version you read.",
        Map.of());
  }
}
