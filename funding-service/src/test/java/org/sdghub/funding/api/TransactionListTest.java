package org.sdghub.funding.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.sdghub.funding.Requests.TRANSACTIONS;
import static org.sdghub.funding.Requests.asViewer;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sdghub.funding.Copies;
import org.sdghub.funding.Requests;

/** The transaction list: each filter, sort and paging. */
@QuarkusTest
class TransactionListTest {

  private static UUID donor;
  private static UUID agency;
  private static Copies.Project inTajikistan;
  private static Copies.Project inKyrgyzstan;
  private static Instant before;
  private static Map<String, String> ids;

  @BeforeEach
  void recordSome() {
    if (ids != null) {
      return;
    }
    donor = Copies.organisation();
    agency = Copies.organisation();
    inTajikistan = Copies.project(agency, agency);
    inTajikistan.countries.clear();
    inTajikistan.countries.put("TJ", 100);
    inTajikistan.goals = List.of(4);
    inTajikistan.known();
    inKyrgyzstan = Copies.project(agency, agency);
    inKyrgyzstan.countries.clear();
    inKyrgyzstan.countries.put("KG", 100);
    inKyrgyzstan.goals = List.of(5);
    inKyrgyzstan.known();
    before = Instant.now();
    ids =
        Map.of(
            "tj-early",
                Requests.record(
                    Requests.transaction("3", inTajikistan.id, donor, agency, "1", "2040-01-05")),
            "tj-late",
                Requests.record(
                    Requests.transaction("4", inTajikistan.id, agency, agency, "3", "2040-06-05")),
            "kg",
                Requests.record(
                    Requests.transaction("3", inKyrgyzstan.id, donor, agency, "2", "2040-03-05")));
  }

  private static List<String> listed(Map<String, String> params) {
    return asViewer()
        .queryParams(params)
        .queryParam("provider", donor.toString())
        .get(TRANSACTIONS)
        .then()
        .statusCode(200)
        .extract()
        .path("items.id");
  }

  @Test
  void filtersByCountryAndSdgGoalOfTheProject() {
    asViewer()
        .queryParam("country", "TJ")
        .queryParam("receiver", agency.toString())
        .queryParam("sort", "valueDate")
        .get(TRANSACTIONS)
        .then()
        .body("items.id", equalTo(List.of(ids.get("tj-early"), ids.get("tj-late"))));
    org.junit.jupiter.api.Assertions.assertEquals(
        List.of(ids.get("kg")), listed(Map.of("sdgGoal", "5")));
  }

  @Test
  void filtersByValueDateAndUpdatedSinceAndSortsAndPages() {
    org.junit.jupiter.api.Assertions.assertEquals(
        List.of(ids.get("kg")),
        listed(Map.of("valueDateFrom", "2040-02-01", "valueDateTo", "2040-12-31")));
    org.junit.jupiter.api.Assertions.assertEquals(
        List.of(ids.get("kg"), ids.get("tj-early")),
        listed(Map.of("updatedSince", before.toString(), "sort", "valueDate,desc")));
    asViewer()
        .queryParam("provider", donor.toString())
        .queryParam("sort", "valueDate")
        .queryParam("size", "1")
        .queryParam("page", "1")
        .get(TRANSACTIONS)
        .then()
        .body("items.id", equalTo(List.of(ids.get("kg"))))
        .body("total", equalTo(2))
        .body("size", equalTo(1));
  }

  @Test
  void badFiltersAnswer400NamingTheParameter() {
    for (String[] bad :
        List.of(
            new String[] {"project", "nope"},
            new String[] {"valueDateFrom", "2040-13-01"},
            new String[] {"sdgGoal", "18"},
            new String[] {"country", "Kazakhstan"},
            new String[] {"type", "gift"},
            new String[] {"sort", "amount"},
            new String[] {"updatedSince", "yesterday"})) {
      asViewer()
          .queryParam(bad[0], bad[1])
          .get(TRANSACTIONS)
          .then()
          .statusCode(400)
          .body("errors.field", hasItem(bad[0]));
    }
  }
}
