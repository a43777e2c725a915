package org.sdghub.projects.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Set;
import org.jboss.logging.Logger;
import org.sdghub.platform.EventHandler;
import org.sdghub.platform.ReceivedEvent;
import org.sdghub.projects.domain.KnownOrganisationEntity;
import org.sdghub.projects.repository.KnownOrganisationRepository;
import org.sdghub.projects.service.OrganisationDirectory;
import org.sdghub.projects.service.ProjectService;

/**
 * Keeps the local copy of the partner registry current from partners-service's organisation events:
 * each one carries the organisation's full state, which replaces the copy's; an archived
 * organisation stays in the copy, flagged. Data that cannot be read fails, so that the inbox
 * retries it and then parks it as a dead letter, never half-applied. The in-memory copy that reads
 * use takes the change once it committed. A merge (the duplicate folded into a survivor) also makes
 * every project that named the duplicate name the survivor, in the same transaction.
 */
@ApplicationScoped
public class OrganisationEventsHandler implements EventHandler {

  public static final String CREATED = "org.sdghub.organisation.created.v1";
  public static final String UPDATED = "org.sdghub.organisation.updated.v1";
  public static final String ARCHIVED = "org.sdghub.organisation.archived.v1";
  public static final String MERGED = "org.sdghub.organisation.merged.v1";

  private static final Logger LOG = Logger.getLogger(OrganisationEventsHandler.class);

  private final KnownOrganisationRepository organisations;
  private final ObjectMapper mapper;
  private final OrganisationDirectory directory;
  private final ProjectService projects;

  OrganisationEventsHandler(
      KnownOrganisationRepository organisations,
      ObjectMapper mapper,
      OrganisationDirectory directory,
      ProjectService projects) {
    this.organisations = organisations;
    this.mapper = mapper;
    this.directory = directory;
    this.projects = projects;
  }

  @Override
  public Set<String> types() {
    return Set.of(CREATED, UPDATED, ARCHIVED, MERGED);
  }

  @Override
  public void apply(ReceivedEvent event) {
    OrganisationEventData data = OrganisationEventData.of(event, mapper);
    KnownOrganisationEntity copy =
        organisations.findCopy(data.id()).orElseGet(KnownOrganisationEntity::new);
    boolean merged = MERGED.equals(event.type());
    if (merged && data.mergedInto() == null) {
      throw new IllegalArgumentException("Event " + event.id() + " merges into no organisation");
    }
    data.copyTo(copy, ARCHIVED.equals(event.type()) || merged, Instant.now());
    organisations.save(copy);
    directory.written(copy.toKnownOrganisation(), copy.version);
    if (merged) {
      projects.followMerge(data.id(), data.mergedInto());
    }
    LOG.debugf("Organisation %s copied at version %d (%s)", data.id(), data.version(), event.id());
  }
}
