package org.sdghub.gateway.domain;

import java.util.UUID;
import org.sdghub.platform.NotFound;

/** Answers 404: no API key has this id. */
public class ApiKeyNotFound extends NotFound {

  /** The 404 for this id. */
  public ApiKeyNotFound(UUID id) {
    super("No API key has the id " + id + ".");
  }
}
