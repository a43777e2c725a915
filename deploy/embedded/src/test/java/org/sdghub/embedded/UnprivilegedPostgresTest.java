package org.sdghub.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.LinkOption;
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

  @Test
  void aCheckoutInAnOwnerOnlyHomeKeepsTheServersFilesWhereOnlyItsUserMayEnter() throws Exception {
    assumeTrue("root".equals(System.getProperty("user.name")), "only root needs this fallback");
    assumeTrue(Files.isDirectory(Path.of("/usr/lib/postgresql")), "needs the machine's binaries");
    System.setProperty(UnprivilegedPostgres.RUN_AS_PROPERTY, "nobody");
    // As root's home is: nobody else may enter, so neither may the server's user.
    Path home = Files.createDirectories(dir.resolve("root-home"));
    Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwx------"));
    Path run = Files.createDirectories(home.resolve("checkout/target/sdghub-embedded/run-1"));
    Path dataDir = run.resolve("postgres");

    Path files;
    try (PostgresServer postgres =
        PostgresServer.start(dataDir, 0, true, run.resolve("postgres.log"))) {
      files = dataDir.toRealPath();
      assertFalse(files.startsWith(dir.toRealPath()), "the files are outside the owner-only home");
      assertEquals("nobody", Files.getOwner(files, LinkOption.NOFOLLOW_LINKS).getName());
      assertEquals(
          "rwx------",
          PosixFilePermissions.toString(
              Files.getPosixFilePermissions(files, LinkOption.NOFOLLOW_LINKS)),
          "only the server's user may enter its files");
      try (Connection c = postgres.connect("postgres");
          ResultSet rs = c.createStatement().executeQuery("SELECT 6 * 7")) {
        rs.next();
        assertEquals(42, rs.getInt(1));
      }
    }
    assertFalse(Files.exists(files), "throw-away files outside the checkout are removed on close");
  }

  @Test
  void aRunDirectoryLeftBehindTakesTheFilesItLinksToWithIt() throws Exception {
    assumeTrue("root".equals(System.getProperty("user.name")), "only root needs this fallback");
    Path outside =
        Files.createDirectories(
            Path.of("/tmp", ServerHome.PREFIX + "test-" + ProcessHandle.current().pid()));
    Files.writeString(outside.resolve("PG_VERSION"), "15");
    Path strangers = Files.createDirectories(dir.resolve("not-ours"));
    Path run = Files.createDirectories(dir.resolve("run"));
    Files.createSymbolicLink(run.resolve("postgres"), outside);
    Files.createSymbolicLink(run.resolve("other"), strangers);

    RunDirectory.deleteRecursively(run);

    assertFalse(Files.exists(run));
    assertFalse(Files.exists(outside), "the server's files that the run linked to");
    assertTrue(Files.isDirectory(strangers), "a link to anything else is not followed");
  }
}
