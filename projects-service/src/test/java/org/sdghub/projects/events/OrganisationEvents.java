package org.sdghub.projects.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.arc.Arc;
import org.sdghub.platform.ReceivedEvent;
import org.sdghub.platform.testing.EventSender;

/**
 * Organisation events as partners-service publishes them (its JSON Schemas and examples), for the
 * tests that feed this service's inbox.
 */
final class OrganisationEvents {

  static final String TOPIC = "sdghub.partners.v1";
  static final String SOURCE = "/sdghub/partners-service";

  private OrganisationEvents() {}

  /** An event of {@code type} carrying {@code data}, about organisation {@code id}. */
  static ReceivedEvent event(String type, String id, long version, ObjectNode data) {
    return EventSender.newEvent(SOURCE, type, id, version, data);
  }

  /** The full state of an active organisation at {@code version}, named {@code english}. */
  static ObjectNode state(String id, long version, String english) {
    ObjectNode data = mapper().createObjectNode();
    data.put("id", id);
    data.put("identifier", "XM-DAC-" + Math.abs(id.hashCode()));
    data.putObject("name").put("en", english).put("ru", "Организация " + version);
    data.put("acronym", "ORG" + version);
    data.put("type", "21");
    data.put("kind", "ngo");
    data.put("headquartersCountry", "KZ");
    data.putArray("countries").add("KG").add("KZ");
    data.put("website", "https://example.org");
    data.put("status", "active");
    data.putArray("aliases").add("Another name " + version);
    data.put("version", version);
    data.put("createdAt", "2025-03-01T09:30:00Z");
    data.put("updatedAt", "2025-06-12T14:05:11.123456Z");
    return data;
  }

  static ObjectMapper mapper() {
    return Arc.container().instance(ObjectMapper.class).get();
  }
}
