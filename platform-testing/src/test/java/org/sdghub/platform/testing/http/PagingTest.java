package org.sdghub.platform.testing.http;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sdghub.platform.testing.http.Requests.PROBLEM_JSON;
import static org.sdghub.platform.testing.http.Requests.WIDGETS;
import static org.sdghub.platform.testing.http.Requests.asPartner;
import static org.sdghub.platform.testing.http.Requests.create;
import static org.sdghub.platform.testing.http.Requests.newBatch;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Lists answer {items, page, size, total}, capped, in a stable order. */
@QuarkusTest
class PagingTest {

  private final String batch = newBatch();

  @Test
  void listAnswersItemsPageSizeAndTotal() {
    create(asPartner(), batch, "A", 1);
    create(asPartner(), batch, "B", 2);
    create(asPartner(), batch, "C", 3);

    list(Map.of("size", "2", "sort", "rank,asc"))
        .statusCode(200)
        .body("items.name.en", contains("A", "B"))
        .body("page", equalTo(0))
        .body("size", equalTo(2))
        .body("total", equalTo(3));
    list(Map.of("size", "2", "page", "1", "sort", "rank,asc"))
        .body("items.name.en", contains("C"))
        .body("page", equalTo(1))
        .body("total", equalTo(3));
  }

  @Test
  void sizeDefaultsTo20AndPagesAreNumberedFrom0() {
    create(asPartner(), batch, "A", 1);
    list(Map.of()).statusCode(200).body("page", equalTo(0)).body("size", equalTo(20));
  }

  @Test
  void sizeAboveTheCapAnswers400() {
    list(Map.of("size", "101"))
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body("errors[0].field", equalTo("size"))
        .body("errors[0].message", equalTo("must be between 1 and 100"));
    list(Map.of("size", "100")).statusCode(200);
  }

  @Test
  void pageThatIsNotANaturalNumberAnswers400() {
    list(Map.of("page", "-1")).statusCode(400).body("errors[0].field", equalTo("page"));
    list(Map.of("page", "first")).statusCode(400).body("errors[0].field", equalTo("page"));
  }

  @Test
  void rowsThatTieOnTheSortFieldKeepOneOrderAcrossPages() {
    List<String> created = new ArrayList<>();
    for (String name : List.of("A", "B", "C", "D", "E")) {
      created.add(create(asPartner(), batch, name, 7));
    }
    List<String> seen = new ArrayList<>();
    for (int page = 0; page < 3; page++) {
      seen.addAll(
          list(Map.of("size", "2", "page", String.valueOf(page), "sort", "rank,desc"))
              .extract()
              .<String>jsonPath()
              .getList("items.id"));
    }
    assertEquals(created.stream().sorted().toList(), seen, "ties are ordered by id, each once");
  }

  @Test
  void sortByAFieldNotOnTheAllowListAnswers400() {
    list(Map.of("sort", "nameRu,asc"))
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo("https://sdghub.org/problems/invalid-input"))
        .body("errors[0].field", equalTo("sort"));
    list(Map.of("sort", "rank,sideways")).statusCode(400).body("errors[0].field", equalTo("sort"));
  }

  @Test
  void updatedSinceFiltersByInstantAndABadInstantAnswers400() {
    create(asPartner(), batch, "A", 1);
    list(Map.of("updatedSince", "2000-01-01T00:00:00Z")).body("items", hasSize(1));
    list(Map.of("updatedSince", "2999-01-01T00:00:00+05:00")).body("items", hasSize(0));
    list(Map.of("updatedSince", "yesterday"))
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body("errors[0].field", equalTo("updatedSince"));
  }

  private ValidatableResponse list(Map<String, String> params) {
    return asPartner().queryParam("batch", batch).queryParams(params).get(WIDGETS).then();
  }
}
