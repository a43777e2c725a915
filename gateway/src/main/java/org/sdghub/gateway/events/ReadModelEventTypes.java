package org.sdghub.gateway.events;

import java.util.Set;

/**
 * The event types the who-what-where read model applies, by the topic they come on: organisations
 * ({@code sdghub.partners.v1}), projects ({@code sdghub.projects.v1}), and funding transactions and
 * exchange rates ({@code sdghub.funding.v1}).
 */
public final class ReadModelEventTypes {

  public static final String ORGANISATION_CREATED = "org.sdghub.organisation.created.v1";
  public static final String ORGANISATION_UPDATED = "org.sdghub.organisation.updated.v1";
  public static final String ORGANISATION_ARCHIVED = "org.sdghub.organisation.archived.v1";

  /**
   * A duplicate merged into another organisation: kept archived; the projects that named it name
   * the survivor in their own next events.
   */
  public static final String ORGANISATION_MERGED = "org.sdghub.organisation.merged.v1";

  public static final String PROJECT_CREATED = "org.sdghub.project.created.v1";
  public static final String PROJECT_UPDATED = "org.sdghub.project.updated.v1";
  public static final String PROJECT_STATUS_CHANGED = "org.sdghub.project.status-changed.v1";
  public static final String PROJECT_DELETED = "org.sdghub.project.deleted.v1";

  public static final Set<String> ORGANISATION =
      Set.of(
          ORGANISATION_CREATED, ORGANISATION_UPDATED, ORGANISATION_ARCHIVED, ORGANISATION_MERGED);

  public static final Set<String> PROJECT =
      Set.of(PROJECT_CREATED, PROJECT_UPDATED, PROJECT_STATUS_CHANGED, PROJECT_DELETED);

  public static final String TRANSACTION_RECORDED = "org.sdghub.funding.transaction.recorded.v1";
  public static final String TRANSACTION_CORRECTED = "org.sdghub.funding.transaction.corrected.v1";
  public static final String TRANSACTION_WITHDRAWN = "org.sdghub.funding.transaction.withdrawn.v1";
  public static final String EXCHANGE_RATE_UPDATED = "org.sdghub.exchange-rate.updated.v1";

  public static final Set<String> FUNDING =
      Set.of(
          TRANSACTION_RECORDED,
          TRANSACTION_CORRECTED,
          TRANSACTION_WITHDRAWN,
          EXCHANGE_RATE_UPDATED);

  private ReadModelEventTypes() {}
}
