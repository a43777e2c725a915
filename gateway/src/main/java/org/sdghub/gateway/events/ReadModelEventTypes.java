package org.sdghub.gateway.events;

import java.util.Set;

/**
 * The event types the who-what-where read model applies, by the topic they come on. Funding
 * transactions ({@code org.sdghub.funding.transaction.recorded|corrected|withdrawn.v1} on {@code
 * sdghub.funding.v1}) are not applied yet: their schema is funding-service's to publish. Wiring
 * them in is a handler of {@link #FUNDING} types beside {@link ProjectEventsHandler}, writing
 * committed and disbursed USD per project (the columns exist and are null until then).
 */
public final class ReadModelEventTypes {

  public static final String ORGANISATION_CREATED = "org.sdghub.organisation.created.v1";
  public static final String ORGANISATION_UPDATED = "org.sdghub.organisation.updated.v1";
  public static final String ORGANISATION_ARCHIVED = "org.sdghub.organisation.archived.v1";

  public static final String PROJECT_CREATED = "org.sdghub.project.created.v1";
  public static final String PROJECT_UPDATED = "org.sdghub.project.updated.v1";
  public static final String PROJECT_STATUS_CHANGED = "org.sdghub.project.status-changed.v1";
  public static final String PROJECT_DELETED = "org.sdghub.project.deleted.v1";

  public static final Set<String> ORGANISATION =
      Set.of(ORGANISATION_CREATED, ORGANISATION_UPDATED, ORGANISATION_ARCHIVED);

  public static final Set<String> PROJECT =
      Set.of(PROJECT_CREATED, PROJECT_UPDATED, PROJECT_STATUS_CHANGED, PROJECT_DELETED);

  /** Empty until funding-service's transaction schemas exist; see the class comment. */
  public static final Set<String> FUNDING = Set.of();

  private ReadModelEventTypes() {}
}
