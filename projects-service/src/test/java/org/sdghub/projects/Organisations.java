package org.sdghub.projects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sdghub.platform.ReceivedEvent;
import org.sdghub.platform.ServiceTopics;
import org.sdghub.platform.testing.EventSender;
import org.sdghub.platform.testing.Eventually;
import org.sdghub.projects.domain.KnownOrganisation;
import org.sdghub.projects.repository.KnownOrganisationRepository;

/**
 * Makes organisations known to projects-service the way production does: partners-service's events
 * on {@code sdghub.partners.v1}, applied by the service's consumer, awaited with a bound.
 */
public final class Organisations {

  /** An organisation the service knows: its id and IATI identifier. */
  public record Known(UUID id, String identifier) {}

  private static final String SOURCE = "/sdghub/partners-service";
  private static final Duration APPLIED = Duration.ofSeconds(30);
  private static final ObjectMapper JSON = new ObjectMapper();

  private Organisations() {}

  /** A fresh, active organisation with an IATI identifier, known once this returns. */
  public static Known known() {
    String token = Projects.token().toUpperCase();
    return created("XM-DAC-" + token, "Water Agency " + token);
  }

  /**
   * A fresh, active organisation with this IATI organisation identifier (null: none), known once
   * this returns.
   */
  public static Known withIdentifier(String identifier) {
    return created(identifier, "Water Agency " + Projects.token());
  }

  private static Known created(String identifier, String name) {
    Known organisation = new Known(UUID.randomUUID(), identifier);
    publish("created", organisation, "active", 0, name);
    awaitKnown(organisation.id(), false);
    return organisation;
  }

  /**
   * A fresh organisation that {@code proposer} proposed and no coordinator confirmed yet, known
   * once this returns.
   */
  public static Known proposedBy(Known proposer) {
    Known organisation = new Known(UUID.randomUUID(), null);
    publish(
        "created",
        organisation,
        "active",
        0,
        "Local NGO " + Projects.token(),
        Map.of("proposedBy", proposer.id().toString()));
    awaitCopied(organisation.id(), o -> proposer.id().equals(o.proposedBy()));
    return organisation;
  }

  /**
   * Confirms a proposed organisation (as a coordinator in partners-service would), at version 1.
   */
  public static void confirm(Known organisation) {
    publish("updated", organisation, "active", 1, "Local NGO confirmed", Map.of());
    awaitCopied(organisation.id(), o -> o.proposedBy() == null);
  }

  /**
   * Merges {@code duplicate} into {@code survivor} as partners-service would: the duplicate's
   * merged event, archived and naming the survivor, at {@code version}; returns the event's id.
   */
  public static String merge(Known duplicate, Known survivor, long version) {
    return publish(
        "merged",
        duplicate,
        "archived",
        version,
        "Water Agency " + duplicate.identifier(),
        Map.of("mergedInto", survivor.id().toString()));
  }

  /** A fresh organisation, known as archived once this returns. */
  public static Known archived() {
    Known organisation = known();
    archive(organisation);
    return organisation;
  }

  /** Archives a known organisation (as partners-service would) and waits until it shows. */
  public static void archive(Known organisation) {
    publish("archived", organisation, "archived", 1, "Water Agency " + organisation.identifier());
    awaitKnown(organisation.id(), true);
  }

  /**
   * Renames a known organisation in English (as partners-service would, at {@code version}) and
   * waits until the copy has it.
   */
  public static void rename(Known organisation, long version, String english) {
    publish("updated", organisation, "active", version, english);
    KnownOrganisationRepository copy =
        Arc.container().instance(KnownOrganisationRepository.class).get();
    Eventually.await(
        APPLIED,
        "organisation " + organisation.id() + " renamed " + english,
        () ->
            QuarkusTransaction.requiringNew()
                .call(
                    () ->
                        copy.find(organisation.id())
                            .map(o -> english.equals(o.name().get("en")))
                            .orElse(false)));
  }

  private static String publish(
      String change, Known organisation, String status, long version, String name) {
    return publish(change, organisation, status, version, name, Map.of());
  }

  private static String publish(
      String change,
      Known organisation,
      String status,
      long version,
      String name,
      Map<String, Object> extra) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("id", organisation.id().toString());
    data.put("identifier", organisation.identifier());
    data.put("name", Map.of("en", name, "ru", "Водное агентство " + organisation.identifier()));
    data.put("acronym", null);
    data.put("type", "40");
    data.put("kind", "un-entity");
    data.put("headquartersCountry", "KZ");
    data.put("countries", List.of("KZ", "UZ"));
    data.put("website", null);
    data.put("status", status);
    data.put("aliases", List.of());
    data.put("version", version);
    data.put("createdAt", now.toString());
    data.put("updatedAt", now.toString());
    data.putAll(extra);
    JsonNode json = JSON.valueToTree(data);
    ReceivedEvent event =
        EventSender.newEvent(
            SOURCE,
            "org.sdghub.organisation." + change + ".v1",
            organisation.id().toString(),
            version,
            json);
    try (EventSender sender = EventSender.toApplicationBroker()) {
      sender.send(ServiceTopics.PARTNERS, event);
    }
    return event.id();
  }

  private static void awaitCopied(UUID id, java.util.function.Predicate<KnownOrganisation> state) {
    KnownOrganisationRepository copy =
        Arc.container().instance(KnownOrganisationRepository.class).get();
    Eventually.await(
        APPLIED,
        "organisation " + id + " copied as expected",
        () ->
            QuarkusTransaction.requiringNew()
                .call(() -> copy.find(id).map(state::test).orElse(false)));
  }

  private static void awaitKnown(UUID id, boolean archived) {
    KnownOrganisationRepository copy =
        Arc.container().instance(KnownOrganisationRepository.class).get();
    Eventually.await(
        APPLIED,
        "organisation " + id + " known" + (archived ? " as archived" : ""),
        () ->
            QuarkusTransaction.requiringNew()
                .call(() -> copy.find(id).map(o -> o.archived() == archived).orElse(false)));
  }
}
