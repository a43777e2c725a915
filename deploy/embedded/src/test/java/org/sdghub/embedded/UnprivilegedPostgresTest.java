package org.sdghub.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnprivilegedPostgresTest {

  @TempDir Path dir;

  @AfterEach
  void forgetTheRequest() {
    System.clearProperty(UnprivilegedPostgres.RUN_AS_PROPERTY);
  }

  @Test
  void asRootWithoutUserNamespacesPostgresRunsAsAnUnprivilegedUser() throws Exception {
    assumeTrue("root".equals(System.getProperty("user.name")), "only root needs this fallback");
    assumeTrue(Files.isDirectory(Path.of("/usr/lib/postgresql")), "needs the machine's binaries");
    System.setProperty(UnprivilegedPostgres.RUN_AS_PROPERTY, "nobody");
    // As the servers' run directories are: others may pass through (JUnit's are owner-only).
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path log = dir.resolve("postgres.log");

    PostgresServer postgres = PostgresServer.start(dir.resolve("data"), 0, true, log);
    long postmasterPid;
    try {
      postmasterPid =
          Long.parseLong(Files.readAllLines(dir.resolve("data/postmaster.pid")).get(0).trim());
      assertEquals(
          "nobody",
          ProcessHandle.of(postmasterPid).flatMap(p -> p.info().user()).orElse("?"),
          "the postmaster's user");
      try (Connection c = postgres.connect("postgres");
          ResultSet rs = c.createStatement().executeQuery("SELECT upper('абай'), 6 * 7")) {
        rs.next();
        assertEquals("АБАЙ", rs.getString(1));
        assertEquals(42, rs.getInt(2));
      }
    } finally {
      postgres.close();
    }
    assertFalse(ProcessHandle.of(postmasterPid).map(ProcessHandle::isAlive).orElse(false));
  }
}
