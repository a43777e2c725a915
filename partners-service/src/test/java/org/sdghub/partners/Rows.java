package org.sdghub.partners;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A look into the tables, to assert side effects (or their absence) beside the HTTP answers. */
@ApplicationScoped
public class Rows {

  private final AgroalDataSource dataSource;

  Rows(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** How many organisations have this identifier, whatever its letter case. */
  public long organisationsWithIdentifier(String identifier) {
    return count("SELECT count(*) FROM organisation WHERE identifier_key = upper(?)", identifier);
  }

  /** How many organisations have this English name. */
  public long organisationsNamed(String en) {
    return count("SELECT count(*) FROM organisation WHERE name_en = ?", en);
  }

  /** The stored English name and version of an organisation, as "name@version". */
  public Optional<String> nameAndVersion(String id) {
    return single(
        "SELECT name_en || '@' || version FROM organisation WHERE id = ?", UUID.fromString(id));
  }

  /**
   * What a proposal or a merge changes of an organisation, as "status@version proposedBy=…
   * mergedInto=… aliases=n former=n", to show that nothing changed.
   */
  public String stateOf(String id) {
    return single(
            "SELECT o.status || '@' || o.version || ' proposedBy=' || coalesce(o.proposed_by::text,"
                + " '-') || ' mergedInto=' || coalesce(o.merged_into::text, '-') || ' aliases='"
                + " || (SELECT count(*) FROM organisation_alias a WHERE a.organisation_id = o.id)"
                + " || ' former=' || (SELECT count(*) FROM organisation_former_identifier f"
                + " WHERE f.organisation_id = o.id) FROM organisation o WHERE o.id = ?",
            UUID.fromString(id))
        .orElseThrow();
  }

  /** The stored proposer of an organisation, if it is marked as proposed. */
  public Optional<String> proposedByOf(String id) {
    return single("SELECT proposed_by::text FROM organisation WHERE id = ?", UUID.fromString(id));
  }

  /** How many merges recorded this organisation as the duplicate. */
  public long mergesOf(String duplicateId) {
    return count(
        "SELECT count(*) FROM organisation_merge WHERE duplicate_id = ?",
        UUID.fromString(duplicateId));
  }

  /** The reason recorded for merging this duplicate. */
  public Optional<String> mergeReasonOf(String duplicateId) {
    return single(
        "SELECT reason FROM organisation_merge WHERE duplicate_id = ?",
        UUID.fromString(duplicateId));
  }

  /** How many outbox rows are about this aggregate. */
  public long outboxRowsOf(String id) {
    return count("SELECT count(*) FROM outbox WHERE aggregate_id = ?", id);
  }

  /** How many contacts the organisation has. */
  public long contactsOf(String organisationId) {
    return count(
        "SELECT count(*) FROM organisation_contact WHERE organisation_id = ?",
        UUID.fromString(organisationId));
  }

  /**
   * Forgets every coordinator's statement about this organisation, as if the look-alikes had been
   * loaded before the duplicate check existed.
   */
  public void forgetDistinctPairsOf(String id) {
    update(
        "DELETE FROM organisation_distinct_pair WHERE organisation_id = ? OR other_id = ?",
        UUID.fromString(id),
        UUID.fromString(id));
  }

  /**
   * Makes the organisation's stored keys look computed under the first folding rules: version 1,
   * names keyed with their apostrophes kept, no folded words.
   */
  public void makeKeysStale(String id) {
    UUID organisation = UUID.fromString(id);
    update("UPDATE organisation SET keys_version = 1 WHERE id = ?", organisation);
    update(
        "UPDATE organisation_name_key SET name_key = 'stale' || name_key, folded = NULL"
            + " WHERE organisation_id = ?",
        organisation);
  }

  /** The organisation's stored name keys, as "source=key|folded words", sorted by source. */
  public List<String> nameKeysOf(String id) {
    List<String> keys = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            prepare(
                c,
                "SELECT source || '=' || name_key || '|' || coalesce(folded, '')"
                    + " FROM organisation_name_key WHERE organisation_id = ? ORDER BY source",
                UUID.fromString(id));
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        keys.add(rs.getString(1));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the name keys of " + id, e);
    }
    return keys;
  }

  private long count(String sql, Object... params) {
    return single(sql, params).map(Long::parseLong).orElseThrow();
  }

  private Optional<String> single(String sql, Object... params) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = prepare(c, sql, params);
        ResultSet rs = s.executeQuery()) {
      return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot run " + sql, e);
    }
  }

  private void update(String sql, Object... params) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = prepare(c, sql, params)) {
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot run " + sql, e);
    }
  }

  private static PreparedStatement prepare(Connection c, String sql, Object... params)
      throws SQLException {
    PreparedStatement s = c.prepareStatement(sql);
    for (int i = 0; i < params.length; i++) {
      s.setObject(i + 1, params[i]);
    }
    return s;
  }
}
