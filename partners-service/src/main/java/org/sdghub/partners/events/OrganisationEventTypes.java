package org.sdghub.partners.events;

import java.util.List;

/**
 * The event types partners-service publishes on {@code sdghub.partners.v1}; each one's data is an
 * {@link OrganisationState}, defined by {@code events/<type>.schema.json}.
 */
public final class OrganisationEventTypes {

  /** An organisation was registered. */
  public static final String CREATED = "org.sdghub.organisation.created.v1";

  /** An organisation's profile changed. */
  public static final String UPDATED = "org.sdghub.organisation.updated.v1";

  /** An organisation was archived: it stays referable but no longer changes. */
  public static final String ARCHIVED = "org.sdghub.organisation.archived.v1";

  /**
   * A duplicate was merged into another organisation ({@code mergedInto}) and archived: consumers
   * move what refers to it to the survivor.
   */
  public static final String MERGED = "org.sdghub.organisation.merged.v1";

  /** Every type, in the order of an organisation's life. */
  public static final List<String> ALL = List.of(CREATED, UPDATED, ARCHIVED, MERGED);

  private OrganisationEventTypes() {}
}
