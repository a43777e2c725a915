package org.sdghub.projects.domain;

import java.util.UUID;
import org.sdghub.platform.NotFound;

/** Answers 404: the project has no result with this id. */
public class ResultNotFound extends NotFound {

  public ResultNotFound(UUID project, UUID result) {
    super(
        "result-not-found",
        "Result not found",
        "Project " + project + " has no result with id " + result + ".");
  }
}
