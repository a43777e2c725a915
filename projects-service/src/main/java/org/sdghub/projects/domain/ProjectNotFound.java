package org.sdghub.projects.domain;

import java.util.UUID;
import org.sdghub.platform.NotFound;

/** Answers 404: no project has this id. */
public class ProjectNotFound extends NotFound {

  public ProjectNotFound(UUID id) {
    super("project-not-found", "Project not found", "No project with id " + id + ".");
  }
}
