package org.sdghub.funding.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sdghub.platform.testing.ServiceOpenApiContract;

/** The service's OpenAPI document describes every operation fully, errors included. */
@QuarkusTest
class OpenApiDocumentTest extends ServiceOpenApiContract {

  @Override
  protected boolean needsIfMatch(String method, String path) {
    // Every change of an existing resource (transactions, subscriptions); the POSTs that act on
    // one (rotations, redeliveries, pings, revaluations) take none.
    return method.equals("PUT") || method.equals("PATCH") || method.equals("DELETE");
  }

  @Test
  void summariesSayWhichTransactionTypesAddToWhichFigureAndHowTheBudgetIsConverted() {
    String description = document.getString("paths.'/api/v1/funding/summary'.get.description");
    for (String part :
        List.of(
            "pledged = outgoing pledges (12) + incoming pledges (13)",
            "committed = outgoing commitments (2) + incoming commitments (11)",
            "disbursed = disbursements (3) + incoming funds (1)",
            "expended = expenditure (4)",
            "planned start date",
            "counts once")) {
      assertTrue(description.contains(part), part);
    }
  }

  @Test
  void theDocumentIsFundingServices() {
    assertEquals("SDG Hub funding-service", document.getString("info.title"));
    assertTrue(document.getList("components.schemas.TransactionRequest.required").contains("type"));
  }
}
