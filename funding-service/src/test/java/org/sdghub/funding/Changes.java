package org.sdghub.funding;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.sdghub.funding.events.PublishedChange;

/** Changes as the rest of funding-service fires them. */
public final class Changes {

  public static final String RECORDED = "org.sdghub.funding.transaction.recorded.v1";
  public static final String PROJECT_UPDATED = "org.sdghub.project.updated.v1";
  public static final String RATE_UPDATED = "org.sdghub.exchange-rate.updated.v1";

  private Changes() {}

  /** A transaction recorded on a project, between these parties. */
  public static PublishedChange transaction(UUID project, Set<UUID> parties) {
    UUID id = UUID.randomUUID();
    ObjectNode data = JsonNodeFactory.instance.objectNode().put("id", id.toString());
    data.put("projectId", project.toString()).put("amount", "1000.00").put("currency", "EUR");
    return new PublishedChange(
        UUID.randomUUID(),
        RECORDED,
        "/sdghub/funding-service",
        now(),
        id.toString(),
        1,
        project,
        parties,
        parties,
        Set.of("KZ"),
        Set.of(6),
        data);
  }

  /** An update of a project funded by these organisations. */
  public static PublishedChange projectUpdated(
      UUID project, Set<UUID> funders, Set<String> countries, Set<Integer> goals) {
    ObjectNode data = JsonNodeFactory.instance.objectNode().put("id", project.toString());
    return new PublishedChange(
        UUID.randomUUID(),
        PROJECT_UPDATED,
        "/sdghub/projects-service",
        now(),
        project.toString(),
        2,
        project,
        funders,
        Set.of(),
        countries,
        goals,
        data);
  }

  /** An update of a project funded by this organisation. */
  public static PublishedChange projectUpdated(UUID project, UUID funder) {
    return projectUpdated(project, Set.of(funder), Set.of("KZ"), Set.of(6));
  }

  /** An exchange rate updated: it concerns no project and no organisation. */
  public static PublishedChange rateUpdated(String currency) {
    ObjectNode data = JsonNodeFactory.instance.objectNode().put("currency", currency);
    data.put("date", "2026-11-01").put("unitsPerUsd", "0.92").put("source", "test");
    return new PublishedChange(
        UUID.randomUUID(),
        RATE_UPDATED,
        "/sdghub/funding-service",
        now(),
        currency + ":2026-11-01",
        1,
        null,
        Set.of(),
        Set.of(),
        Set.of(),
        Set.of(),
        data);
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
