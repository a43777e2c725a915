package org.sdghub.funding.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.sdghub.funding.Copies;
import org.sdghub.funding.Requests;
import org.sdghub.funding.api.TransactionRequest;
import org.sdghub.funding.service.Actor;
import org.sdghub.funding.service.TransactionService;
import org.sdghub.platform.DomainEvent;
import org.sdghub.platform.Role;
import org.sdghub.platform.testing.EventSchemaAssertions;
import org.sdghub.platform.testing.OutboxContract;

/** The platform's outbox contract, kept by recording transactions. */
@QuarkusTest
class TransactionOutboxContractTest extends OutboxContract {

  private static final Actor COORDINATOR = new Actor(UUID.randomUUID(), Set.of(Role.COORDINATOR));
  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
  private static UUID donor;
  private static UUID project;

  @Inject TransactionService transactions;

  @BeforeEach
  void knowAProject() {
    if (project == null) {
      donor = Copies.organisation();
      project = Copies.project(donor, donor).known().id;
    }
  }

  @Override
  protected String commitAChange() {
    return transactions.record(request(), COORDINATOR).id().toString();
  }

  @Override
  protected String rollBackAChange() {
    QuarkusTransaction.begin();
    try {
      return transactions.record(request(), COORDINATOR).id().toString();
    } finally {
      QuarkusTransaction.rollback();
    }
  }

  @Override
  protected DomainEvent anEvent() {
    TransactionState example =
        JSON.convertValue(
            EventSchemaAssertions.example(FundingEventTypes.RECORDED), TransactionState.class);
    return new DomainEvent(FundingEventTypes.RECORDED, example.id().toString(), 0, example);
  }

  private static TransactionRequest request() {
    return JSON.convertValue(
        Requests.transaction("3", project, donor, donor, "10", "2039-01-01"),
        TransactionRequest.class);
  }
}
