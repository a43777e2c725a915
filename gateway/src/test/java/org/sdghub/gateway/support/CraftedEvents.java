package org.sdghub.gateway.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sdghub.platform.ReceivedEvent;
import org.sdghub.platform.testing.EventSender;

/**
 * Organisation, project, funding transaction and exchange-rate events as partners-service,
 * projects-service and funding-service publish them (their JSON Schemas and examples), for the
 * tests that feed the gateway's inbox directly.
 */
public final class CraftedEvents {

  public static final String PARTNERS = "sdghub.partners.v1";
  public static final String PROJECTS = "sdghub.projects.v1";
  public static final String FUNDING = "sdghub.funding.v1";
  private static final String FUNDING_SOURCE = "/sdghub/funding-service";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private CraftedEvents() {}

  /** An organisation's event with its full state at {@code version}. */
  public static ReceivedEvent organisation(UUID id, long version, String kind) {
    ObjectNode data = MAPPER.createObjectNode();
    data.put("id", id.toString());
    data.put("identifier", "XM-DAC-" + Math.abs(id.hashCode()));
    data.putObject("name").put("en", "Crafted Agency " + id).put("ru", "Агентство " + id);
    data.put("acronym", "CA");
    data.put("type", "21");
    data.put("kind", kind);
    data.put("headquartersCountry", "KZ");
    data.putArray("countries").add("KZ");
    data.putNull("website");
    data.put("status", "active");
    data.putArray("aliases");
    data.put("version", version);
    data.put("createdAt", "2025-03-01T09:30:00Z");
    data.put("updatedAt", "2025-03-01T09:30:00Z");
    String type =
        version == 0 ? "org.sdghub.organisation.created.v1" : "org.sdghub.organisation.updated.v1";
    return EventSender.newEvent("/sdghub/partners-service", type, id.toString(), version, data);
  }

  /**
   * A project's event of {@code type} with its full state at {@code version}: accountable to {@code
   * organisation}, in KZ-43 and the whole of UZ, 1,000,000 USD, with these targets.
   */
  public static ReceivedEvent project(
      String type, UUID id, long version, UUID organisation, String status, List<String> targets) {
    return project(type, id, version, organisation, status, targets, state -> {});
  }

  /** As above, with {@code change} applied to the state before it is sent. */
  public static ReceivedEvent project(
      String type,
      UUID id,
      long version,
      UUID organisation,
      String status,
      List<String> targets,
      java.util.function.Consumer<Map<String, Object>> change) {
    Map<String, Object> state = Region.project(new Region.Agency(organisation, "XM-DAC-1"));
    state.put("id", id.toString());
    state.put("status", status);
    state.put("sdgTargets", targets);
    state.put(
        "sdgGoals",
        targets.stream()
            .map(t -> Integer.parseInt(t.substring(0, t.indexOf('.'))))
            .distinct()
            .toList());
    state.put("budget", Map.of("amount", "1000000.00", "currency", "USD"));
    state.put("results", List.of());
    state.put("description", null);
    state.put("version", version);
    state.put("createdAt", "2025-03-01T09:30:00Z");
    state.put("updatedAt", "2025-03-0" + (1 + version % 9) + "T09:30:00Z");
    change.accept(state);
    ObjectNode data = MAPPER.valueToTree(state);
    return EventSender.newEvent(
        "/sdghub/projects-service",
        "org.sdghub.project." + type + ".v1",
        id.toString(),
        version,
        data);
  }

  /** A funding transaction, in USD at rate 1, as its state at a version. */
  public record Transaction(
      UUID id,
      long version,
      String typeCode,
      UUID project,
      UUID provider,
      UUID receiver,
      String usd,
      String valueDate,
      String status) {

    /** The same transaction at another version and status. */
    public Transaction at(long newVersion, String newStatus) {
      return new Transaction(
          id, newVersion, typeCode, project, provider, receiver, usd, valueDate, newStatus);
    }
  }

  /**
   * The transaction's event of {@code type} ({@code recorded}, {@code corrected} or {@code
   * withdrawn}) with its full state, as funding-service's schema describes it.
   */
  public static ReceivedEvent transaction(String type, Transaction t) {
    ObjectNode data = MAPPER.createObjectNode();
    data.put("id", t.id().toString());
    data.put("type", "crafted");
    data.put("typeCode", t.typeCode());
    data.put("projectId", t.project().toString());
    data.put("providerOrganisationId", t.provider().toString());
    data.put("receiverOrganisationId", t.receiver().toString());
    data.put("amount", t.usd());
    data.put("currency", "USD");
    data.put("valueDate", t.valueDate());
    data.put("transactionDate", t.valueDate());
    data.putObject("usd")
        .put("amount", t.usd())
        .put("rate", "1")
        .put("rateDate", t.valueDate())
        .put("rateSource", "identity (USD)");
    data.put("status", t.status());
    data.put("version", t.version());
    data.put("createdAt", "2025-03-14T09:30:00Z");
    data.put("updatedAt", "2025-03-14T09:30:0" + (t.version() % 10) + "Z");
    return EventSender.newEvent(
        FUNDING_SOURCE,
        "org.sdghub.funding.transaction." + type + ".v1",
        t.id().toString(),
        t.version(),
        data);
  }

  /** An exchange rate's event: units of the currency per USD on a date. */
  public static ReceivedEvent rate(
      UUID id, long version, String currency, String date, String unitsPerUsd) {
    ObjectNode data = MAPPER.createObjectNode();
    data.put("id", id.toString());
    data.put("currency", currency);
    data.put("date", date);
    data.put("unitsPerUsd", unitsPerUsd);
    data.putNull("previousUnitsPerUsd");
    data.put("source", "crafted rates");
    data.put("version", version);
    data.put("updatedAt", "2025-03-02T07:00:0" + (version % 10) + "Z");
    return EventSender.newEvent(
        FUNDING_SOURCE, "org.sdghub.exchange-rate.updated.v1", id.toString(), version, data);
  }

  /** The same event again: same id, same everything. */
  public static ReceivedEvent again(ReceivedEvent event) {
    return new ReceivedEvent(
        event.id(),
        event.type(),
        event.source(),
        event.subject(),
        event.sequence(),
        event.time(),
        event.data());
  }
}
