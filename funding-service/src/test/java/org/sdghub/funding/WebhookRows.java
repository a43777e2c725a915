package org.sdghub.funding;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/** A look into the webhook tables, to assert side effects beside the HTTP answers. */
@ApplicationScoped
public class WebhookRows {

  private final AgroalDataSource dataSource;

  WebhookRows(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  public long subscriptionsOf(UUID organisation) {
    return count(
        "SELECT count(*) FROM webhook_subscription WHERE organisation_id = ?", organisation);
  }

  /** The stored (sealed) secret of a subscription. */
  public Optional<String> storedSecretOf(String id) {
    return single("SELECT secret FROM webhook_subscription WHERE id = ?", UUID.fromString(id));
  }

  public long messagesOf(String subscription) {
    return count(
        "SELECT count(*) FROM webhook_message WHERE subscription_id = ?",
        UUID.fromString(subscription));
  }

  /** "state|attempts" of the subscription's message for this event. */
  public Optional<String> messageState(String subscription, UUID eventId) {
    return single(
        "SELECT state || '|' || attempts FROM webhook_message"
            + " WHERE subscription_id = ? AND event_id = ?",
        UUID.fromString(subscription),
        eventId);
  }

  /** Every attempt of one message, in order, for a failure message. */
  public Optional<String> attemptLog(String webhookId) {
    return single(
        "SELECT string_agg(attempt || ' ' || coalesce(status::text, '-') || ' '"
            + " || coalesce(error, '') || ' at ' || attempted_at || ' in ' || duration_ms"
            + " || ' ms', '; ' ORDER BY id)"
            + " FROM webhook_attempt WHERE webhook_id = ?",
        webhookId);
  }

  public long attemptsOf(String subscription) {
    return count(
        "SELECT count(*) FROM webhook_attempt WHERE subscription_id = ?",
        UUID.fromString(subscription));
  }

  /** Points the subscription elsewhere behind the API's back, as a name that now resolves anew. */
  public void pointAt(String subscription, String url) {
    update(
        "UPDATE webhook_subscription SET url = ? WHERE id = ?", url, UUID.fromString(subscription));
  }

  /** The error of the subscription's first delivery attempt. */
  public Optional<String> firstAttemptError(String subscription) {
    return single(
        "SELECT coalesce(status::text, '') || '|' || coalesce(error, '') FROM webhook_attempt"
            + " WHERE subscription_id = ? ORDER BY id LIMIT 1",
        UUID.fromString(subscription));
  }

  /** Makes the subscription look as if it had been failing for {@code days} days. */
  public void failingForDays(String subscription, int days) {
    update(
        "UPDATE webhook_subscription SET failing_since = now() - make_interval(days => ?)"
            + " WHERE id = ?",
        days,
        UUID.fromString(subscription));
  }

  private void update(String sql, Object... params) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, params);
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot run " + sql, e);
    }
  }

  private long count(String sql, Object... params) {
    return single(sql, params).map(Long::parseLong).orElseThrow();
  }

  private Optional<String> single(String sql, Object... params) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, params);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot run " + sql, e);
    }
  }

  private static void bind(PreparedStatement s, Object... params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      s.setObject(i + 1, params[i]);
    }
  }
}
