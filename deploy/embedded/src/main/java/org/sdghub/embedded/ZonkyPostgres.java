package org.sdghub.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * PostgreSQL from the binaries of zonky's Maven artifact, which as root runs the server in a user
 * namespace of its own.
 */
final class ZonkyPostgres implements PostgresServer.ServerProcess {

  private static final Logger LOG = Logger.getLogger(ZonkyPostgres.class);

  private final EmbeddedPostgres server;
  private final Path dataDir;
  private final boolean ephemeral;

  private ZonkyPostgres(EmbeddedPostgres server, Path dataDir, boolean ephemeral) {
    this.server = server;
    this.dataDir = dataDir;
    this.ephemeral = ephemeral;
  }

  static ZonkyPostgres start(
      Path dataDir, int port, boolean ephemeral, Map<String, String> config, Path logFile)
      throws IOException {
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setDataDirectory(dataDir)
            .setCleanDataDirectory(ephemeral)
            .setPort(port)
            .setPGStartupWait(Duration.ofSeconds(60))
            // Unicode case mapping (upper/lower of Cyrillic) without depending on the OS locales.
            .setLocaleConfig("locale-provider", "builtin")
            .setLocaleConfig("builtin-locale", "C.UTF-8")
            .setLocaleConfig("encoding", "UTF8")
            .setErrorRedirector(Redirect.appendTo(logFile.toFile()))
            .setOutputRedirector(Redirect.appendTo(logFile.toFile()));
    config.forEach(builder::setServerConfig);
    return new ZonkyPostgres(builder.start(), dataDir, ephemeral);
  }

  @Override
  public int port() {
    return server.getPort();
  }

  @Override
  public void stop() throws IOException {
    // pg_ctl may return before the postmaster (not a child of this JVM) has gone.
    Optional<ProcessHandle> postmaster = postmasterPid().flatMap(ProcessHandle::of);
    server.close();
    if (ephemeral) {
      awaitDataDirectoryRemoved();
    }
    postmaster.ifPresent(
        process -> {
          try {
            process.onExit().get(30, TimeUnit.SECONDS);
          } catch (TimeoutException | ExecutionException e) {
            LOG.warn("PostgreSQL did not stop within 30 s; killing it");
            process.destroyForcibly();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
  }

  /**
   * Zonky stops the server from a shutdown hook of its own too; when that hook got there first,
   * close() returns at once, so wait for it to finish: it removes the data directory last. The run
   * directory around it (and the log its pg_ctl writes to) must stay until then.
   */
  private void awaitDataDirectoryRemoved() {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (Files.exists(dataDir) && System.nanoTime() < deadline) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private Optional<Long> postmasterPid() {
    try {
      return Files.readAllLines(dataDir.resolve("postmaster.pid")).stream()
          .findFirst()
          .map(String::trim)
          .map(Long::valueOf);
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
