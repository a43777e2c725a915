package org.sdghub.funding.events;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.sdghub.funding.Copies;
import org.sdghub.funding.domain.ProjectCopy;
import org.sdghub.funding.repository.ProjectCopyRepository;
import org.sdghub.platform.ServiceTopics;
import org.sdghub.platform.testing.InboxContract;

/** The platform's inbox contract, kept by the project copy's consumer. */
@QuarkusTest
class ProjectInboxContractTest extends InboxContract {

  @Inject ProjectCopyRepository projects;

  @Override
  protected String topic() {
    return ServiceTopics.PROJECTS;
  }

  @Override
  protected String source() {
    return Copies.PROJECTS_SOURCE;
  }

  @Override
  protected String eventType() {
    return ProjectEventsHandler.UPDATED;
  }

  @Override
  protected Object dataFor(String subject, long sequence) {
    Map<String, Object> data =
        new java.util.LinkedHashMap<>(Copies.project(UUID.randomUUID(), UUID.randomUUID()).data());
    data.put("id", subject);
    data.put("version", sequence);
    data.put("budget", Map.of("amount", String.valueOf(1000 + sequence), "currency", "USD"));
    return data;
  }

  @Override
  protected boolean reflects(String subject, long sequence) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              ProjectCopy copy = projects.findById(UUID.fromString(subject));
              return copy != null
                  && copy.budgetAmount.compareTo(java.math.BigDecimal.valueOf(1000 + sequence))
                      == 0;
            });
  }
}
