package org.sdghub.projects.domain;

import java.util.Map;
import java.util.UUID;
import org.sdghub.platform.Conflict;

/** Answers 409: only a project still in the pipeline is deleted; any other is cancelled. */
public class ProjectNotDeletable extends Conflict {

  public ProjectNotDeletable(UUID id, ActivityStatus status) {
    super(
        "project-not-deletable",
        "Project cannot be deleted",
        "Project "
            + id
            + " is in "
            + status.apiName()
            + ": only a project in pipeline is deleted. Cancel it instead (POST /api/v1/projects/"
            + id
            + "/status with {\"status\": \"cancelled\"}), so that its record is kept.",
        Map.of("currentStatus", status.apiName()));
  }
}
