package org.sdghub.funding.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sdghub.funding.client.WebhookHttpClient.Answer;
import org.sdghub.funding.config.WebhooksConfig;
import org.sdghub.funding.repository.ClaimedMessage;
import org.sdghub.funding.repository.DeliveryLog;

/**
 * Records what one attempt came to, in one transaction: the log entry, the message delivered,
 * rescheduled or given up, and the subscription's health; 410 Gone, or failing without a success
 * for too long, disables the subscription.
 */
@ApplicationScoped
public class DeliveryOutcomes {

  private static final int GONE = 410;

  private final DeliveryLog log;
  private final RetrySchedule schedule;
  private final WebhookMetrics metrics;
  private final Duration disableAfter;

  DeliveryOutcomes(
      DeliveryLog log, RetrySchedule schedule, WebhookMetrics metrics, WebhooksConfig config) {
    this.log = log;
    this.schedule = schedule;
    this.metrics = metrics;
    this.disableAfter = config.disableAfter();
  }

  /** One attempt made: the message, its answer, and how long it took. */
  public record Attempt(ClaimedMessage message, Answer answer, Duration took) {}

  /**
   * Records several attempts in the caller's transaction: the deliveries together (a few statements
   * for all of them), each failure as {@link #record} does.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordAll(List<Attempt> attempts, String instance) {
    List<DeliveryLog.Delivered> delivered = new ArrayList<>();
    for (Attempt attempt : attempts) {
      if (attempt.answer().success()) {
        delivered.add(
            new DeliveryLog.Delivered(
                attempt.message(),
                attempt.answer().status(),
                attempt.took().toMillis(),
                attempt.answer().excerpt()));
      }
    }
    log.deliveredAll(delivered, instance);
    for (Attempt attempt : attempts) {
      if (attempt.answer().success()) {
        metrics.attempted("delivered", attempt.took());
      } else {
        record(attempt.message(), instance, attempt.answer(), attempt.took());
      }
    }
  }

  /** Gives claimed messages back unsent, for any instance to claim again at once. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void release(List<ClaimedMessage> messages, String instance) {
    log.release(messages, instance);
  }

  /** Records one attempt, in one transaction. */
  @Transactional
  public void record(ClaimedMessage message, String instance, Answer answer, Duration took) {
    log.attempted(message, answer.status(), took.toMillis(), answer.excerpt(), answer.error());
    if (answer.success()) {
      log.delivered(message, instance, answer.status());
      metrics.attempted("delivered", took);
      return;
    }
    String error = errorOf(answer);
    if (answer.status() != null && answer.status() == GONE) {
      log.failed(message, instance, answer.status(), error, null);
      log.disable(message.subscriptionId(), "The receiver answered 410 Gone");
      metrics.attempted("gone", took);
      return;
    }
    Optional<Duration> pause = schedule.next(message.attempts() + 1, answer.retryAfter());
    OffsetDateTime next = pause.map(p -> now().plus(p)).orElse(null);
    log.failed(message, instance, answer.status(), error, next);
    metrics.attempted(
        next == null ? "given-up" : answer.status() == null ? "no-answer" : "retry", took);
    disableIfFailingTooLong(message, error);
  }

  private void disableIfFailingTooLong(ClaimedMessage message, String error) {
    OffsetDateTime since = log.failingSince(message.subscriptionId());
    if (since != null && since.plus(disableAfter).isBefore(now())) {
      log.disable(
          message.subscriptionId(),
          "No successful delivery since " + since + " (last: " + error + ")");
    }
  }

  private static String errorOf(Answer answer) {
    return answer.error() != null ? answer.error() : "The receiver answered " + answer.status();
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
