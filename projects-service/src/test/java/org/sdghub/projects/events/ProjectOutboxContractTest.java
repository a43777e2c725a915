package org.sdghub.projects.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.sdghub.platform.DomainEvent;
import org.sdghub.platform.Role;
import org.sdghub.platform.testing.EventSchemaAssertions;
import org.sdghub.platform.testing.OutboxContract;
import org.sdghub.projects.Organisations;
import org.sdghub.projects.Projects;
import org.sdghub.projects.api.ProjectRequest;
import org.sdghub.projects.service.Actor;
import org.sdghub.projects.service.ProjectService;

/** The platform's outbox contract, kept by the projects' own use cases. */
@QuarkusTest
class ProjectOutboxContractTest extends OutboxContract {

  private static final Actor COORDINATOR = new Actor(UUID.randomUUID(), Set.of(Role.COORDINATOR));
  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
  private static Organisations.Known reporting;

  @Inject ProjectService projects;

  @BeforeEach
  void knowAnOrganisation() {
    if (reporting == null) {
      reporting = Organisations.known();
    }
  }

  @Override
  protected String commitAChange() {
    return projects.create(request(), COORDINATOR).id().toString();
  }

  @Override
  protected String rollBackAChange() {
    // The service's transaction joins this one, which rolls back after the event was appended.
    QuarkusTransaction.begin();
    try {
      return projects.create(request(), COORDINATOR).id().toString();
    } finally {
      QuarkusTransaction.rollback();
    }
  }

  @Override
  protected DomainEvent anEvent() {
    ProjectState example =
        JSON.convertValue(
            EventSchemaAssertions.example(ProjectEventTypes.CREATED), ProjectState.class);
    return new DomainEvent(ProjectEventTypes.CREATED, example.id().toString(), 0, example);
  }

  private static ProjectRequest request() {
    Map<String, Object> body = Projects.valid(reporting);
    return JSON.convertValue(body, ProjectRequest.class);
  }
}
