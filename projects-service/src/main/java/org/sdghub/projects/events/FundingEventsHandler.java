package org.sdghub.projects.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.sdghub.platform.EventHandler;
import org.sdghub.platform.ReceivedEvent;
import org.sdghub.projects.service.ProjectService;

/**
 * A donor's own transaction confirms its funding listing: a transaction recorded or corrected in
 * funding-service by its provider itself, on a project that lists the provider as funding, confirms
 * that listing (published like any other answer). A transaction someone else recorded for the
 * provider confirms nothing; a withdrawn one takes no answer back, since the donor may have said so
 * otherwise.
 */
@ApplicationScoped
public class FundingEventsHandler implements EventHandler {

  public static final String RECORDED = "org.sdghub.funding.transaction.recorded.v1";
  public static final String CORRECTED = "org.sdghub.funding.transaction.corrected.v1";

  private final ProjectService projects;
  private final ObjectMapper mapper;

  FundingEventsHandler(ProjectService projects, ObjectMapper mapper) {
    this.projects = projects;
    this.mapper = mapper;
  }

  @Override
  public Set<String> types() {
    return Set.of(RECORDED, CORRECTED);
  }

  @Override
  public void apply(ReceivedEvent event) {
    TransactionEventData data = TransactionEventData.of(event, mapper);
    if (data.recordedByItsProvider()) {
      projects.confirmFunding(data.projectId(), data.providerOrganisationId(), data.id());
    }
  }
}
