package org.sdghub.projects.events;

import java.util.List;

/**
 * The event types projects-service publishes on {@code sdghub.projects.v1}; each one's data is a
 * {@link ProjectState}, defined by {@code events/<type>.schema.json}.
 */
public final class ProjectEventTypes {

  /** A project was created. */
  public static final String CREATED = "org.sdghub.project.created.v1";

  /** A project's content changed (its fields, or its results). */
  public static final String UPDATED = "org.sdghub.project.updated.v1";

  /** A project moved to another status. */
  public static final String STATUS_CHANGED = "org.sdghub.project.status-changed.v1";

  /** A project still in the pipeline was deleted; the data is its last state. */
  public static final String DELETED = "org.sdghub.project.deleted.v1";

  /** Every type, in the order of a project's life. */
  public static final List<String> ALL = List.of(CREATED, UPDATED, STATUS_CHANGED, DELETED);

  private ProjectEventTypes() {}
}
