package org.sdghub.funding.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.sdghub.funding.domain.OrganisationCopy;
import org.sdghub.funding.repository.OrganisationCopyRepository;
import org.sdghub.platform.EventHandler;
import org.sdghub.platform.ReceivedEvent;

/**
 * Keeps the copy of the partner registry (name, kind, type) from partners-service's organisation
 * events; an archived organisation stays, flagged, and a merged one (archived, merged into another)
 * says which organisation to name instead. Unreadable data fails, so that the inbox retries and
 * then parks it, never half-applied. Transactions recorded before a merge keep naming the
 * duplicate.
 */
@ApplicationScoped
public class OrganisationEventsHandler implements EventHandler {

  public static final String CREATED = "org.sdghub.organisation.created.v1";
  public static final String UPDATED = "org.sdghub.organisation.updated.v1";
  public static final String ARCHIVED = "org.sdghub.organisation.archived.v1";
  public static final String MERGED = "org.sdghub.organisation.merged.v1";

  private final OrganisationCopyRepository organisations;
  private final ObjectMapper mapper;

  OrganisationEventsHandler(OrganisationCopyRepository organisations, ObjectMapper mapper) {
    this.organisations = organisations;
    this.mapper = mapper;
  }

  /** The fields of partners-service's organisation data that the copy keeps. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Data(
      UUID id,
      Map<String, String> name,
      String kind,
      String type,
      String status,
      UUID mergedInto,
      Long version) {}

  @Override
  public Set<String> types() {
    return Set.of(CREATED, UPDATED, ARCHIVED, MERGED);
  }

  @Override
  public void apply(ReceivedEvent event) {
    Data data = read(event);
    OrganisationCopy copy =
        organisations.findByIdOptional(data.id()).orElseGet(OrganisationCopy::new);
    copy.id = data.id();
    copy.names = Map.copyOf(data.name());
    copy.kind = data.kind();
    copy.type = data.type();
    boolean merged = MERGED.equals(event.type());
    if (merged && data.mergedInto() == null) {
      throw new IllegalArgumentException("Event " + event.id() + " merges into no organisation");
    }
    copy.archived = ARCHIVED.equals(event.type()) || merged || "archived".equals(data.status());
    copy.mergedInto = data.mergedInto();
    copy.version = data.version();
    copy.receivedAt = Instant.now();
    organisations.save(copy);
  }

  private Data read(ReceivedEvent event) {
    Data data;
    try {
      data = mapper.treeToValue(event.data(), Data.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Event " + event.id() + " has unreadable data", e);
    }
    if (data == null
        || data.id() == null
        || !data.id().toString().equals(event.subject())
        || data.name() == null
        || data.name().get("en") == null
        || data.kind() == null
        || data.type() == null
        || data.version() == null) {
      throw new IllegalArgumentException(
          "Event " + event.id() + " lacks the organisation's id, name.en, kind, type or version");
    }
    return data;
  }
}
