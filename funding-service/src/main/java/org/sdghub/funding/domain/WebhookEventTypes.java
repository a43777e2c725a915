package org.sdghub.funding.domain;

import java.util.List;
import java.util.Set;

/** The event types a subscription may ask for, and the type of a ping. */
public final class WebhookEventTypes {

  /** The type of the message {@code POST …/{id}/test} sends. */
  public static final String TEST = "webhook.test";

  /** What a subscription may ask for, in the order the API documents them. */
  public static final List<String> SUBSCRIBABLE =
      List.of(
          "org.sdghub.funding.transaction.recorded.v1",
          "org.sdghub.funding.transaction.corrected.v1",
          "org.sdghub.funding.transaction.withdrawn.v1",
          "org.sdghub.exchange-rate.updated.v1",
          "org.sdghub.project.created.v1",
          "org.sdghub.project.updated.v1",
          "org.sdghub.project.status-changed.v1",
          "org.sdghub.project.deleted.v1");

  private static final Set<String> KNOWN = Set.copyOf(SUBSCRIBABLE);

  private WebhookEventTypes() {}

  /** Whether a subscription may ask for this type. */
  public static boolean subscribable(String type) {
    return KNOWN.contains(type);
  }

  /** Whether the type tells of a funding transaction. */
  public static boolean isTransaction(String type) {
    return type.startsWith("org.sdghub.funding.transaction.");
  }

  /** Whether the type tells of a project. */
  public static boolean isProject(String type) {
    return type.startsWith("org.sdghub.project.");
  }
}
