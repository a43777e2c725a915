package org.sdghub.funding.api;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sdghub.funding.WebhookRequests.PROBLEM_JSON;
import static org.sdghub.funding.WebhookRequests.SUBSCRIPTIONS;
import static org.sdghub.funding.WebhookRequests.asDonor;
import static org.sdghub.funding.WebhookRequests.body;
import static org.sdghub.funding.WebhookRequests.subscribe;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sdghub.funding.ChangeFiring;
import org.sdghub.funding.Changes;
import org.sdghub.funding.WebhookReceiver;
import org.sdghub.funding.WebhookRows;
import org.sdghub.platform.testing.Eventually;

/** The SSRF rules over HTTP as production runs them: with the insecure-loopback switch off. */
@QuarkusTest
@TestProfile(SubscriptionUrlRulesTest.AsInProduction.class)
class SubscriptionUrlRulesTest {

  /** The test configuration with the switch off. */
  public static class AsInProduction implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("sdghub.webhooks.allow-insecure-loopback", "false");
    }
  }

  private final WebhookRows rows;
  private final ChangeFiring firing;
  private final Vertx vertx;

  SubscriptionUrlRulesTest(WebhookRows rows, ChangeFiring firing, Vertx vertx) {
    this.rows = rows;
    this.firing = firing;
    this.vertx = vertx;
  }

  @Test
  void aUrlThatNowLeadsToLoopbackIsRefusedAgainAtDeliveryAndNothingIsSent() {
    try (WebhookReceiver receiver = WebhookReceiver.start(vertx)) {
      UUID donor = UUID.randomUUID();
      String id =
          subscribe(donor, body("https://93.184.216.34/hook", List.of(Changes.RECORDED)))
              .path("id");
      String path = receiver.endpoint();
      rows.pointAt(id, receiver.url(path).replace("http://", "https://"));

      firing.fire(Changes.transaction(UUID.randomUUID(), Set.of(donor)));

      String attempt =
          Eventually.awaitValue(
              Duration.ofSeconds(15), "an attempt logged", () -> rows.firstAttemptError(id));
      assertTrue(attempt.startsWith("|refused: the URL must not lead to a loopback"), attempt);
      assertTrue(receiver.at(path).isEmpty(), "no connection was made");
    }
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
