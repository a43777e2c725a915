package org.sdghub.funding.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.sdghub.funding.client.WebhookHttpClient;
import org.sdghub.funding.client.WebhookHttpClient.Answer;
import org.sdghub.funding.config.WebhooksConfig;
import org.sdghub.funding.domain.WebhookSigner;
import org.sdghub.funding.domain.WebhookTarget;
import org.sdghub.funding.repository.ClaimedMessage;
import org.sdghub.funding.repository.DeliveryQueue;

/**
 * Delivery attempts from claim to outcome: claims due messages (a short transaction), signs and
 * POSTs each to the address the SSRF rules checked just now (outside any transaction, without
 * waiting for the answer), and records what came of them, many in one transaction.
 */
@ApplicationScoped
public class DeliveryWork {

  private final DeliveryQueue queue;
  private final DeliveryOutcomes outcomes;
  private final WebhookTargets targets;
  private final WebhookHttpClient http;
  private final SecretVault vault;
  private final Duration lease;

  DeliveryWork(
      DeliveryQueue queue,
      DeliveryOutcomes outcomes,
      WebhookTargets targets,
      WebhookHttpClient http,
      SecretVault vault,
      WebhooksConfig config) {
    this.queue = queue;
    this.outcomes = outcomes;
    this.targets = targets;
    this.http = http;
    this.vault = vault;
    this.lease = config.dispatcher().lease();
  }

  /** Claims up to {@code limit} due messages for {@code instance}. */
  @Transactional
  public List<ClaimedMessage> claim(int limit, String instance) {
    return queue.claim(limit, instance, lease);
  }

  /** How long until the next message is due, if one is pending. */
  @Transactional
  public java.util.Optional<Duration> untilNextDue() {
    return queue.untilNextDue();
  }

  /** Makes one attempt of a claimed message, waits for its answer and records its outcome. */
  public void attempt(ClaimedMessage message, String instance) {
    long started = System.nanoTime();
    Answer answer = send(message).toCompletableFuture().join();
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    outcomes.record(message, instance, answer, took);
  }

  /**
   * Starts one attempt of a claimed message without waiting for its answer: the address is checked
   * and the message signed here (a name lookup may block), the POST goes out on an event loop.
   */
  public CompletionStage<Answer> send(ClaimedMessage message) {
    WebhookTarget target;
    try {
      target = targets.resolve(message.url());
    } catch (WebhookTarget.Refused refused) {
      return CompletableFuture.completedFuture(
          new Answer(null, null, null, "refused: the URL " + refused.getMessage()));
    }
    long timestamp = System.currentTimeMillis() / 1000;
    String signature =
        WebhookSigner.header(secretsOf(message), message.webhookId(), timestamp, message.body());
    Map<String, String> headers =
        Map.of(
            "webhook-id",
            message.webhookId(),
            "webhook-timestamp",
            Long.toString(timestamp),
            "webhook-signature",
            signature,
            "Content-Type",
            "application/json",
            "User-Agent",
            "SDG-Hub-Webhooks/1");
    return http.send(target, headers, message.body());
  }

  /**
   * Records what came of several attempts in one transaction, and hands back the claims of the
   * messages that were not sent (their lease would have run out before their answer could come).
   */
  @Transactional
  public void record(
      List<DeliveryOutcomes.Attempt> attempts, List<ClaimedMessage> unsent, String instance) {
    outcomes.recordAll(attempts, instance);
    outcomes.release(unsent, instance);
  }

  /** How long a claim lasts. */
  public Duration lease() {
    return lease;
  }

  private List<String> secretsOf(ClaimedMessage message) {
    List<String> secrets = new ArrayList<>(2);
    secrets.add(vault.open(message.secret()));
    OffsetDateTime until = message.previousSecretExpiresAt();
    if (message.previousSecret() != null
        && until != null
        && until.isAfter(OffsetDateTime.now(ZoneOffset.UTC))) {
      secrets.add(vault.open(message.previousSecret()));
    }
    return secrets;
  }
}
