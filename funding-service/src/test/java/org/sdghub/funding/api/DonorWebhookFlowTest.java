package org.sdghub.funding.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sdghub.funding.Requests.as;
import static org.sdghub.funding.Requests.loadRates;
import static org.sdghub.funding.WebhookRequests.asDonor;
import static org.sdghub.funding.WebhookRequests.body;
import static org.sdghub.funding.WebhookRequests.subscribe;
import static org.sdghub.funding.WebhookRequests.subscription;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.standardwebhooks.Webhook;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.core.Vertx;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sdghub.funding.Copies;
import org.sdghub.funding.Requests;
import org.sdghub.funding.WebhookReceiver;
import org.sdghub.funding.WebhookReceiver.Received;
import org.sdghub.platform.Role;
import org.sdghub.platform.testing.Eventually;

/**
 * A donor's whole path, through the real outbox, inbox and dispatcher: it subscribes, records a
 * commitment in euros on a project it funds, and its system receives the transaction (with its USD
 * value and rate) and later the project's own change, each verified with the Standard Webhooks
 * library as a donor's system would verify it; a donor that funds nothing there hears of neither.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DonorWebhookFlowTest {

  private static final Duration WITHIN = Duration.ofSeconds(20);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String RECORDED = "org.sdghub.funding.transaction.recorded.v1";
  private static final String PROJECT_UPDATED = "org.sdghub.project.updated.v1";

  private final Vertx vertx;
  private WebhookReceiver receiver;

  DonorWebhookFlowTest(Vertx vertx) {
    this.vertx = vertx;
  }

  @BeforeAll
  void startReceiver() {
    receiver = WebhookReceiver.start(vertx);
  }

  @AfterAll
  void stopReceiver() {
    receiver.close();
  }

  @Test
  void aDonorsSystemReceivesItsCommitmentAndItsProjectsChangeSignedAsStandardWebhooksDefine()
      throws Exception {
    loadRates(List.of(List.of("EUR", "2041-03-01", "0.9000")));
    UUID donor = Copies.organisation();
    UUID bystander = Copies.organisation();
    UUID agency = Copies.organisation();
    Copies.Project project = Copies.project(agency, agency);
    project.funders.add(donor);
    project.known();
    String donorPath = receiver.endpoint();
    String bystanderPath = receiver.endpoint();
    JsonPath donorSubscription =
        subscribe(donor, body(receiver.url(donorPath), List.of(RECORDED, PROJECT_UPDATED)))
            .jsonPath();
    JsonPath bystanderSubscription =
        subscribe(bystander, body(receiver.url(bystanderPath), List.of(RECORDED, PROJECT_UPDATED)))
            .jsonPath();

    String transaction = commitEuros(donor, project.id);
    Received delivery = awaitMessage(donorPath, "data.id", transaction);
    project.publish("updated");
    Received change = awaitMessage(donorPath, "type", PROJECT_UPDATED);

    Webhook donorSystem = new Webhook(donorSubscription.getString("secret"));
    donorSystem.verify(delivery.body(), headers(delivery));
    donorSystem.verify(change.body(), headers(change));
    JsonNode message = JSON.readTree(delivery.body());
    assertEquals(RECORDED, message.path("type").asText());
    assertEquals("/sdghub/funding-service", message.path("source").asText());
    assertEquals("EUR", message.path("data").path("currency").asText());
    JsonNode usd = message.path("data").path("usd");
    assertEquals(
        0, new BigDecimal("500000.00").compareTo(new BigDecimal(usd.path("amount").asText())));
    assertEquals(0, new BigDecimal("0.9").compareTo(new BigDecimal(usd.path("rate").asText())));
    assertEquals("2041-03-01", usd.path("rateDate").asText());
    assertEquals(project.id.toString(), JSON.readTree(change.body()).path("subject").asText());
    assertNothingElseArrived(bystander, bystanderSubscription.getString("id"), bystanderPath);
  }

  private String commitEuros(UUID donor, UUID project) {
    Map<String, Object> body =
        Requests.transaction(
            "outgoing-commitment", project, donor, null, "450000.00", "2041-03-15");
    body.put("currency", "EUR");
    return as(donor, Role.DONOR)
        .header("Idempotency-Key", "donor-flow-" + UUID.randomUUID())
        .body(body)
        .post(Requests.TRANSACTIONS)
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private Received awaitMessage(String path, String field, String value) {
    Eventually.await(
        WITHIN,
        "a message with " + field + " " + value + " at " + path,
        () -> find(path, field, value).isPresent());
    return find(path, field, value).orElseThrow();
  }

  private Optional<Received> find(String path, String field, String value) {
    return receiver.at(path).stream()
        .filter(r -> value.equals(JsonPath.from(r.body()).getString(field)))
        .findFirst();
  }

  /** The bystander's ping, sent after everything else, is the only thing it ever received. */
  private void assertNothingElseArrived(UUID bystander, String subscriptionId, String path) {
    asDonor(bystander).post(subscription(subscriptionId) + "/test").then().statusCode(202);
    Eventually.await(WITHIN, "the bystander's ping", () -> !receiver.at(path).isEmpty());
    assertEquals(
        List.of("webhook.test"),
        receiver.at(path).stream().map(r -> JsonPath.from(r.body()).getString("type")).toList());
  }

  private static Map<String, List<String>> headers(Received received) {
    Map<String, List<String>> headers = new HashMap<>();
    received.headers().forEach((name, value) -> headers.put(name, List.of(value)));
    return headers;
  }
}
