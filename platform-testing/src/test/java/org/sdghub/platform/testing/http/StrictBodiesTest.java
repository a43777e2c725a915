package org.sdghub.platform.testing.http;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sdghub.platform.testing.http.Requests.PROBLEM_JSON;
import static org.sdghub.platform.testing.http.Requests.WIDGETS;
import static org.sdghub.platform.testing.http.Requests.asPartner;
import static org.sdghub.platform.testing.http.Requests.newBatch;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sdghub.platform.StrictJson;

/**
 * Junk a client may send is refused before any service code sees it, as a 400 problem that names
 * what is wrong, and nothing is written: text PostgreSQL cannot store, bytes that are not UTF-8,
 * values of another JSON type than the field's, dates beyond any calendar a service keeps, deep or
 * ambiguous JSON, and merge patches that are not objects.
 */
@QuarkusTest
class StrictBodiesTest {

  private static final String TYPES = "https://sdghub.org/problems/";

  @Inject Rows rows;

  @Test
  void aNulCharacterInTextIsRefusedNamingTheField() throws Exception {
    String batch = newBatch();
    post(body(batch, "\"name\": {\"en\": \"a\\u0000b\", \"ru\": \"б\"}"))
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo(TYPES + "invalid-input"))
        .body("status", equalTo(400))
        .body("errors[0].field", equalTo("name.en"))
        .body("errors[0].message", containsString("U+0000"));
    assertEquals(0, rows.widgetsIn(batch));
  }

  @Test
  void aStringLongerThanAnyFieldTakesIsRefusedNamingTheField() throws Exception {
    String batch = newBatch();
    String tooLong = "a".repeat(StrictJson.MAX_STRING_LENGTH + 1);
    post(body(batch, "\"name\": {\"en\": \"" + tooLong + "\", \"ru\": \"б\"}"))
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo(TYPES + "invalid-input"))
        .body("errors[0].field", equalTo("name.en"))
        .body("errors[0].message", containsString("longer than 10000 characters"));
    assertEquals(0, rows.widgetsIn(batch));
  }

  @Test
  void anArrayOfMoreItemsThanAnyFieldTakesIsRefusedNamingTheField() throws Exception {
    String batch = newBatch();
    String items =
        String.join(",", java.util.Collections.nCopies(StrictJson.MAX_ARRAY_ITEMS + 1, "1"));
    post(body(batch, "\"name\": {\"en\": \"a\"}, \"tags\": [[" + items + "]]"))
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo(TYPES + "invalid-input"))
        .body("errors[0].field", equalTo("tags[0]"))
        .body("errors[0].message", containsString("more than 10000 items"));
    assertEquals(0, rows.widgetsIn(batch));
  }

  @Test
  void bytesThatAreNotUtf8AreRefusedSayingWhere() throws Exception {
    String batch = newBatch();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(
        ("{\"batch\": \"" + batch + "\", \"name\": {\"en\": \"a\", \"ru\": \"")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
    body.writeBytes("\"}, \"rank\": 1}".getBytes(StandardCharsets.UTF_8));
    asPartner()
        .contentType(ContentType.JSON)
        .body(body.toByteArray())
        .post(WIDGETS)
        .then()
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body("type", equalTo(TYPES + "invalid-encoding"))
        .body("status", equalTo(400))
        .body("detail", containsString("not valid UTF-8 at byte"));
    assertEquals(0, rows.widgetsIn(batch));
  }

  @Test
  void aValueOfAnotherJsonTypeIsNeverConvertedSilently() throws Exception {
    String batch = newBatch();
    String[][] cases = {
      {"\"name\": {\"en\": 42, \"ru\": \"б\"}", "name.en"},
      {"\"name\": {\"en\": true, \"ru\": \"б\"}", "name.en"},
      {"\"name\": {\"en\": \"a\", \"ru\": \"б\"}, \"rank\": \"5\"", "rank"},
      {"\"name\": {\"en\": \"a\", \"ru\": \"б\"}, \"rank\": 1.5", "rank"},
      {"\"name\": {\"en\": \"a\", \"ru\": \"б\"}, \"rank\": null", "rank"},
      {"\"name\": {\"en\": \"a\", \"ru\": \"б\"}", "rank"},
      {"\"name\": {\"en\": \"a\", \"ru\": \"б\"}, \"rank\": 1e999999", "rank"},
      {
        "\"name\": {\"en\": \"a\", \"ru\": \"б\"}, \"locations\": {\"country\": \"KZ\"}",
        "locations"
      },
    };
    for (String[] c : cases) {
      post(body(batch, c[0]))
          .statusCode(400)
          .contentType(PROBLEM_JSON)
          .body("status", equalTo(400))
          .body("errors[0].field", equalTo(c[1]));
    }
    assertEquals(0, rows.widgetsIn(batch));
  }

  @Test
  void aMissingOrNullValueOfAFieldThatCannotBeEmptyIsRequired() throws Exception {
    String batch = newBatch();
    for (String rank : new String[] {"", ", \"rank\": null"}) {
      post(body(batch, "\"name\": {\"en\": \"a\", \"ru\": \"б\"}" + rank))
          .statusCode(400)
          .body("errors[0].field", equalTo("rank"))
          .body("errors[0].message", equalTo("is required"));
    }
    assertEquals(0, rows.widgetsIn(batch));
  }

  @Test
  void aDateOutsideTheYearsAServiceStoresIsRefused() throws Exception {
    String batch = newBatch();
    for (String date :
        new String[] {"+6000000-01-01", "+10000-01-01", "0000-12-31", "-0001-01-01"}) {
      post(body(batch, "\"name\": {\"en\": \"a\", \"ru\": \"б\"}, \"madeOn\": \"" + date + "\""))
          .statusCode(400)
          .contentType(PROBLEM_JSON)
          .body("errors[0].field", equalTo("madeOn"))
          .body("errors[0].message", equalTo("must be a date in the years 0001 to 9999"));
    }
    assertEquals(0, rows.widgetsIn(batch));
    post(body(
            batch,
            "\"name\": {\"en\": \"a\", \"ru\": \"б\"}, \"madeOn\": \"9999-12-31\", \"rank\": 1"))
        .statusCode(201)
        .body("id", org.hamcrest.Matchers.notNullValue());
  }

  @Test
  void deepNestingTrailingContentAndDuplicateKeysAreMalformed() throws Exception {
    String batch = newBatch();
    String deep = "[".repeat(200) + "]".repeat(200);
    String[][] cases = {
      {body(batch, "\"name\": {\"en\": \"a\", \"ru\": \"б\"}, \"locations\": " + deep), "deep"},
      {body(batch, "\"name\": {\"en\": \"a\", \"ru\": \"б\"}") + " {\"rank\": 2}", "more after"},
      {body(batch, "\"name\": {\"en\": \"a\", \"en\": \"b\", \"ru\": \"б\"}"), "same field twice"},
    };
    for (String[] c : cases) {
      post(c[0])
          .statusCode(400)
          .contentType(PROBLEM_JSON)
          .body("type", equalTo(TYPES + "malformed-json"))
          .body("status", equalTo(400))
          .body("detail", containsString(c[1]));
    }
    assertEquals(0, rows.widgetsIn(batch));
  }

  @Test
  void aDecimalIsANumberOrAStringHoldingAPlainDecimalAndNothingElse() throws Exception {
    String batch = newBatch();
    for (String weight :
        new String[] {"\"1e999999\"", "\"12,50\"", "\" 12.50\"", "\"0x10\"", "true"}) {
      post(body(
              batch,
              "\"name\": {\"en\": \"w\", \"ru\": \"б\"}, \"rank\": 1, \"weight\": " + weight))
          .statusCode(400)
          .body("errors[0].field", equalTo("weight"));
    }
    post(body(batch, "\"name\": {\"en\": \"w\", \"ru\": \"б\"}, \"rank\": 1, \"weight\": \"1e9\""))
        .statusCode(400)
        .body("errors[0].message", equalTo("must be a decimal number such as 1250.50"));
    assertEquals(0, rows.widgetsIn(batch));
    post(body(
            batch,
            "\"name\": {\"en\": \"w1\", \"ru\": \"б\"}, \"rank\": 1, \"weight\": \"250000.00\""))
        .statusCode(201);
    post(body(batch, "\"name\": {\"en\": \"w2\", \"ru\": \"б\"}, \"rank\": 1, \"weight\": 12.5"))
        .statusCode(201);
    assertEquals(2, rows.widgetsIn(batch));
  }

  @Test
  void anUnpairedSurrogateIsRefused() throws Exception {
    String batch = newBatch();
    post(body(batch, "\"name\": {\"en\": \"a\\ud800\", \"ru\": \"б\"}"))
        .statusCode(400)
        .body("errors[0].field", equalTo("name.en"))
        .body("errors[0].message", containsString("unpaired surrogate"));
    assertEquals(0, rows.widgetsIn(batch));
  }

  @Test
  void aMergePatchThatIsNotAnObjectOrNotJsonChangesNothing() {
    String id = Requests.create(asPartner(), newBatch(), "patched", 3);
    String etag =
        asPartner().get(WIDGETS + "/" + id).then().statusCode(200).extract().header("ETag");
    String[] junk = {
      "null", "[]", "\"rank\"", "42", "{\"rank\": 4}}", "{\"rank\": 4", "[".repeat(200)
    };
    for (String patch : junk) {
      asPartner()
          .contentType(WidgetResource.MERGE_PATCH_JSON)
          .header("If-Match", etag)
          .body(patch)
          .patch(WIDGETS + "/" + id)
          .then()
          .statusCode(400)
          .contentType(PROBLEM_JSON)
          .body("status", equalTo(400));
    }
    asPartner()
        .get(WIDGETS + "/" + id)
        .then()
        .statusCode(200)
        .header("ETag", etag)
        .body("rank", equalTo(3));
    asPartner()
        .contentType(WidgetResource.MERGE_PATCH_JSON)
        .header("If-Match", etag)
        .body("{\"rank\": 4}")
        .patch(WIDGETS + "/" + id)
        .then()
        .statusCode(200)
        .body("rank", equalTo(4));
  }

  private static String body(String batch, String fields) {
    return "{\"batch\": \"" + batch + "\", " + fields + "}";
  }

  private static ValidatableResponse post(String body) {
    return asPartner().contentType(ContentType.JSON).body(body).post(WIDGETS).then();
  }
}
