package org.sdghub.platform.internal.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The table {@code idempotency_key}: stored first responses by (organisation, key). Every method
 * but {@link #purgeExpired()} must run inside the caller's JTA transaction, whose connection it
 * shares with Hibernate, so a response is stored in the same database transaction as the work it
 * reports.
 */
@ApplicationScoped
public class IdempotencyStore {

  /** The first key of the advisory locks taken here, apart from anyone else's. */
  private static final int LOCK_SPACE = "sdghub.idempotency".hashCode();

  private static final TypeReference<Map<String, List<String>>> HEADERS = new TypeReference<>() {};

  private final DataSource dataSource;
  private final ObjectMapper json;

  IdempotencyStore(DataSource dataSource, ObjectMapper json) {
    this.dataSource = dataSource;
    this.json = json;
  }

  /** A response stored under a key, with the fingerprint of the request that produced it. */
  record Entry(byte[] fingerprint, StoredResponse response) {}

  /**
   * Takes the key for the rest of the transaction; false if another transaction holds it, that is,
   * a request with this key is still being processed.
   */
  boolean tryLock(UUID organisation, String key) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("SELECT pg_try_advisory_xact_lock(?, ?)")) {
      s.setInt(1, LOCK_SPACE);
      s.setInt(2, lockKey(organisation, key));
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getBoolean(1);
      }
    }
  }

  /** The live (not expired) entry for a key. */
  Optional<Entry> find(UUID organisation, String key) throws SQLException {
    String sql =
        "SELECT request_hash, response_status, response_headers, response_body"
            + " FROM idempotency_key"
            + " WHERE organisation_id = ? AND idempotency_key = ? AND expires_at > now()";
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setObject(1, organisation);
      s.setString(2, key);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        StoredResponse response =
            new StoredResponse(rs.getInt(2), headers(rs.getString(3)), rs.getBytes(4));
        return Optional.of(new Entry(rs.getBytes(1), response));
      }
    }
  }

  /** Stores a first response, replacing an expired entry under the same key. */
  void save(UUID organisation, IdempotentRequest request, StoredResponse response, Duration ttl)
      throws SQLException {
    String sql =
        "INSERT INTO idempotency_key (organisation_id, idempotency_key, request_hash,"
            + " response_status, response_headers, response_body, created_at, expires_at)"
            + " VALUES (?, ?, ?, ?, ?::jsonb, ?, now(), now() + make_interval(secs => ?))"
            + " ON CONFLICT (organisation_id, idempotency_key) DO UPDATE SET"
            + " request_hash = EXCLUDED.request_hash, response_status = EXCLUDED.response_status,"
            + " response_headers = EXCLUDED.response_headers,"
            + " response_body = EXCLUDED.response_body,"
            + " created_at = EXCLUDED.created_at, expires_at = EXCLUDED.expires_at";
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setObject(1, organisation);
      s.setString(2, request.key());
      s.setBytes(3, request.fingerprint());
      s.setInt(4, response.status());
      s.setString(5, json.writeValueAsString(response.headers()));
      s.setBytes(6, response.body());
      s.setLong(7, ttl.toSeconds());
      s.executeUpdate();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Response headers cannot be stored", e);
    }
  }

  /** Deletes expired entries, on its own (call it outside any transaction); returns how many. */
  public int purgeExpired() throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("DELETE FROM idempotency_key WHERE expires_at <= now()")) {
      return s.executeUpdate();
    }
  }

  private Map<String, List<String>> headers(String stored) throws SQLException {
    try {
      return json.readValue(stored, HEADERS);
    } catch (JsonProcessingException e) {
      throw new SQLException("Stored response headers are not readable", e);
    }
  }

  private static int lockKey(UUID organisation, String key) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(organisation.toString().getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      byte[] hash = sha.digest(key.getBytes(StandardCharsets.UTF_8));
      // Two keys sharing a lock would only answer one of them 409 for a while: rare, harmless.
      return (hash[0] & 0xff) << 24
          | (hash[1] & 0xff) << 16
          | (hash[2] & 0xff) << 8
          | hash[3] & 0xff;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JVM has SHA-256", e);
    }
  }
}
