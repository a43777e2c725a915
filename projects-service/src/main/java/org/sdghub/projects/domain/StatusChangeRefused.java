package org.sdghub.projects.domain;

import java.util.Map;
import java.util.stream.Collectors;
import org.sdghub.platform.Conflict;

/** Answers 409: the project's current status does not lead to the one asked for. */
public class StatusChangeRefused extends Conflict {

  public StatusChangeRefused(ActivityStatus from, ActivityStatus to) {
    super(
        "status-change-refused",
        "Status change refused",
        "A project in "
            + from.apiName()
            + " cannot move to "
            + to.apiName()
            + "; "
            + (from.next().isEmpty()
                ? from.apiName() + " is final."
                : "it may move to "
                    + from.next().stream()
                        .map(ActivityStatus::apiName)
                        .collect(Collectors.joining(", "))
                    + "."),
        Map.of("currentStatus", from.apiName()));
  }
}
