package org.sdghub.funding.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sdghub.platform.testing.ScratchDatabase;

/**
 * Each migration on rows as the previous version wrote them: a scratch database is migrated to the
 * version before, given rows in that version's shape, then migrated to the latest, and the rows are
 * read back as the service reads them.
 */
@QuarkusTest
class MigrationTest {

  @Inject AgroalDataSource dataSource;

  private ScratchDatabase database;

  @BeforeEach
  void scratchDatabase() throws SQLException {
    database = ScratchDatabase.create(dataSource);
  }

  @AfterEach
  void dropDatabase() throws SQLException {
    database.close();
  }

  @Test
  void transactionsRecordedBeforeKeepTheActorOfTheirFirstRevisionAsTheirRecorder()
      throws Exception {
    database.migrateTo("21");
    UUID recorded = UUID.randomUUID();
    UUID withoutRevision = UUID.randomUUID();
    UUID donor = UUID.randomUUID();
    UUID corrector = UUID.randomUUID();
    try (Connection c = database.connect()) {
      insertTransaction(c, recorded);
      insertTransaction(c, withoutRevision);
      insertRevision(c, recorded, 0, donor);
      insertRevision(c, recorded, 1, corrector);
    }

    database.migrateToLatest();

    assertEquals(donor, recorderOf(recorded), "the first version's actor, not the corrector");
    assertNull(recorderOf(withoutRevision));
  }

  private static void insertTransaction(Connection c, UUID id) throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO funding_transaction (id, project_id, type_code, provider_id,"
                + " receiver_id, amount, currency, value_date, transaction_date, usd_amount, rate,"
                + " rate_date, rate_source, withdrawn, version, created_at, updated_at)"
                + " VALUES (?, gen_random_uuid(), '3', gen_random_uuid(), gen_random_uuid(), 10,"
                + " 'USD', '2025-01-01', '2025-01-01', 10, 1, '2025-01-01', 'test', false, 1,"
                + " now(), now())")) {
      insert.setObject(1, id);
      insert.executeUpdate();
    }
  }

  private static void insertRevision(Connection c, UUID transaction, int version, UUID actor)
      throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO transaction_revision (id, transaction_id, version, change, actor_org_id,"
                + " actor_roles, changed_at, state) VALUES (gen_random_uuid(), ?, ?, 'recorded',"
                + " ?, 'donor', now(), '{}'::jsonb)")) {
      insert.setObject(1, transaction);
      insert.setInt(2, version);
      insert.setObject(3, actor);
      insert.executeUpdate();
    }
  }

  private UUID recorderOf(UUID transaction) throws SQLException {
    try (Connection c = database.connect();
        PreparedStatement select =
            c.prepareStatement("SELECT recorded_by FROM funding_transaction WHERE id = ?")) {
      select.setObject(1, transaction);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return row.getObject(1, UUID.class);
      }
    }
  }
}
