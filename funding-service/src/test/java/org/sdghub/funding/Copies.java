package org.sdghub.funding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sdghub.funding.domain.ProjectCopy;
import org.sdghub.funding.repository.OrganisationCopyRepository;
import org.sdghub.funding.repository.ProjectCopyRepository;
import org.sdghub.platform.ServiceTopics;
import org.sdghub.platform.testing.EventSender;
import org.sdghub.platform.testing.Eventually;

/**
 * Makes organisations and projects known to funding-service the way production does: partners- and
 * projects-service's events, applied by the service's consumer, awaited with a bound.
 */
public final class Copies {

  public static final String PARTNERS_SOURCE = "/sdghub/partners-service";
  public static final String PROJECTS_SOURCE = "/sdghub/projects-service";
  private static final Duration APPLIED = Duration.ofSeconds(30);
  private static final ObjectMapper JSON = new ObjectMapper();

  private Copies() {}

  /** A fresh active organisation, known once this returns. */
  public static UUID organisation() {
    UUID id = UUID.randomUUID();
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("id", id.toString());
    data.put("identifier", "XM-DAC-" + Math.abs(id.hashCode()));
    data.put("name", Map.of("en", "Agency " + id, "ru", "Агентство"));
    data.put("type", "40");
    data.put("kind", "un-entity");
    data.put("status", "active");
    data.put("version", 0);
    data.put("createdAt", Instant.now().toString());
    data.put("updatedAt", Instant.now().toString());
    send(
        ServiceTopics.PARTNERS, PARTNERS_SOURCE, "org.sdghub.organisation.created.v1", id, 0, data);
    OrganisationCopyRepository copies =
        Arc.container().instance(OrganisationCopyRepository.class).get();
    Eventually.await(
        APPLIED,
        "organisation " + id + " known",
        () -> QuarkusTransaction.requiringNew().call(() -> copies.findById(id) != null));
    return id;
  }

  /** A project as projects-service describes it; {@link #publish} makes it known. */
  public static Project project(UUID reporting, UUID accountable) {
    return new Project(UUID.randomUUID(), reporting, accountable);
  }

  /** The state a project event carries, built up by a test. */
  public static final class Project {
    public final UUID id;
    public final UUID reporting;
    public final UUID accountable;
    public final List<UUID> funders = new ArrayList<>();
    public final Map<String, Integer> countries = new LinkedHashMap<>(Map.of("KZ", 100));
    public List<Integer> goals = List.of(6);
    public String budgetAmount = "1000000";
    public String budgetCurrency = "USD";
    public String plannedStart = "2024-01-15";
    long version = -1;

    Project(UUID id, UUID reporting, UUID accountable) {
      this.id = id;
      this.reporting = reporting;
      this.accountable = accountable;
    }

    /** Publishes the project's next version and waits until the copy has it. */
    public Project publish(String type) {
      version++;
      send(
          ServiceTopics.PROJECTS,
          PROJECTS_SOURCE,
          "org.sdghub.project." + type + ".v1",
          id,
          version,
          data());
      ProjectCopyRepository copies = Arc.container().instance(ProjectCopyRepository.class).get();
      long expected = version;
      Eventually.await(
          APPLIED,
          "project " + id + " at version " + expected,
          () ->
              QuarkusTransaction.requiringNew()
                  .call(
                      () -> {
                        ProjectCopy copy = copies.findById(id);
                        return copy != null && copy.version == expected;
                      }));
      return this;
    }

    /** Publishes it as created. */
    public Project known() {
      return publish("created");
    }

    /** The event data of its current state. */
    public Map<String, Object> data() {
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("id", id.toString());
      data.put("iatiIdentifier", "XM-DAC-41114-" + id.toString().substring(0, 8));
      data.put("reportingOrganisationId", reporting.toString());
      data.put("title", Map.of("en", "Project " + id));
      data.put("description", null);
      data.put("status", "implementation");
      data.put("dates", Map.of("plannedStart", plannedStart, "plannedEnd", "2027-12-31"));
      data.put("sdgTargets", goals.stream().map(g -> g + ".1").toList());
      data.put("sdgGoals", goals);
      data.put("sectors", List.of("14030"));
      List<Map<String, Object>> shares = new ArrayList<>();
      countries.forEach((c, p) -> shares.add(Map.of("country", c, "percentage", p)));
      data.put("recipientCountries", shares);
      data.put("locations", List.of());
      List<Map<String, Object>> participants = new ArrayList<>();
      participants.add(Map.of("organisationId", accountable.toString(), "role", "accountable"));
      funders.forEach(
          f -> participants.add(Map.of("organisationId", f.toString(), "role", "funding")));
      data.put("participatingOrganisations", participants);
      data.put(
          "budget",
          budgetAmount == null ? null : Map.of("amount", budgetAmount, "currency", budgetCurrency));
      data.put("results", List.of());
      data.put("version", version);
      data.put("createdAt", "2024-01-10T10:00:00Z");
      data.put("updatedAt", Instant.now().toString());
      return data;
    }
  }

  private static void send(
      String topic, String source, String type, UUID id, long version, Object data) {
    JsonNode json = JSON.valueToTree(data);
    try (EventSender sender = EventSender.toApplicationBroker()) {
      sender.send(topic, EventSender.newEvent(source, type, id.toString(), version, json));
    }
  }
}
