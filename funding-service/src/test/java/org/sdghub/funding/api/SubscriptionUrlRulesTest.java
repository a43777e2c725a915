package org.sdghub.funding.api;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sdghub.funding.WebhookRequests.PROBLEM_JSON;
import static org.sdghub.funding.WebhookRequests.SUBSCRIPTIONS;
import static org.sdghub.funding.WebhookRequests.asDonor;
import static org.sdghub.funding.WebhookRequests.body;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sdghub.funding.Changes;
import org.sdghub.funding.WebhookRows;

/** The SSRF rules over HTTP as production runs them: with the insecure-loopback switch off. */
@QuarkusTest
@TestProfile(SubscriptionUrlRulesTest.AsInProduction.class)
class SubscriptionUrlRulesTest {

  /** The test configuration with the switch off, and no dispatcher (nothing is delivered). */
  public static class AsInProduction implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "sdghub.webhooks.allow-insecure-loopback", "false",
          "sdghub.webhooks.dispatcher.enabled", "false");
    }
  }

  private final WebhookRows rows;

  SubscriptionUrlRulesTest(WebhookRows rows) {
    this.rows = rows;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://127.0.0.1/hook",
        "https://10.0.0.1/hook",
        "https://169.254.169.254/latest/meta-data/",
        "https://[::1]/hook",
        "https://[::ffff:127.0.0.1]/hook",
        "https://0x7f.1/hook",
        "https://2130706433/hook",
        "https://localhost/hook",
        "http://127.0.0.1:8080/hook",
        "http://93.184.216.34/hook"
      })
  void subscriptionToAnInternalOrPlainHttpUrlAnswers400NamingTheUrlAndWritesNothing(String url) {
    UUID donor = UUID.randomUUID();
    asDonor(donor)
        .body(body(url, List.of(Changes.RECORDED)))
        .post(SUBSCRIPTIONS)
        .then()
        .statusCode(400)
        .contentType(PROBLEM_JSON)
        .body("errors[0].field", equalTo("url"));
    assertEquals(0, rows.subscriptionsOf(donor));
  }
}
