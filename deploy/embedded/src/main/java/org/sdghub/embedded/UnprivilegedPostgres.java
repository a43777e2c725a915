package org.sdghub.embedded;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * PostgreSQL run as an unprivileged user ({@code nobody} unless told otherwise), with the machine's
 * own PostgreSQL binaries: for a JVM running as root where user namespaces are blocked, since
 * PostgreSQL refuses to run as root.
 */
final class UnprivilegedPostgres implements PostgresServer.ServerProcess {

  /** Names the user to run PostgreSQL as, which also forces this way of running it. */
  static final String RUN_AS_PROPERTY = "sdghub.postgres.run-as";

  static final String RUN_AS_ENV = "SDGHUB_POSTGRES_RUN_AS";

  private static final Logger LOG = Logger.getLogger(UnprivilegedPostgres.class);
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

  private final Process postmaster;
  private final int port;
  private final ServerHome home;

  private UnprivilegedPostgres(Process postmaster, int port, ServerHome home) {
    this.postmaster = postmaster;
    this.port = port;
    this.home = home;
  }

  /** Whether PostgreSQL must be run this way here: asked for, or root without user namespaces. */
  static boolean isNeeded() {
    return requestedUser().isPresent() || (isRoot() && !userNamespacesWork());
  }

  /**
   * Starts the server with its data in {@code dataDir}, or, where the user cannot reach that
   * directory (a checkout in root's own home, say), in a directory of that user's alone that {@code
   * dataDir} links to (see {@link ServerHome}).
   */
  static UnprivilegedPostgres start(
      Path dataDir, int port, boolean ephemeral, Map<String, String> config, Path logFile)
      throws IOException {
    String user = requestedUser().orElse("nobody");
    String group = primaryGroup(user);
    Path bin = machineBinaries();
    int chosenPort = port == 0 ? freePort() : port;
    ServerHome home = ServerHome.prepare(dataDir, ephemeral, new ServerHome.User(user, group));
    Path data = home.data();
    if (!Files.exists(data.resolve("PG_VERSION"))) {
      Files.setOwner(data, principal(user));
      run(
          asUser(
              user,
              group,
              bin.resolve("initdb").toString(),
              "-D",
              data.toString(),
              "-U",
              "postgres",
              "-A",
              "trust",
              "-E",
              "UTF8",
              "--locale=C.UTF-8"),
          logFile);
    }
    List<String> command =
        new ArrayList<>(
            asUser(
                user,
                group,
                bin.resolve("postgres").toString(),
                "-D",
                data.toString(),
                "-p",
                Integer.toString(chosenPort),
                "-k",
                data.toString()));
    config.forEach((key, value) -> command.addAll(List.of("-c", key + "=" + value)));
    Process postmaster =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(Redirect.appendTo(logFile.toFile()))
            .start();
    UnprivilegedPostgres server = new UnprivilegedPostgres(postmaster, chosenPort, home);
    try {
      server.awaitConnections(logFile);
    } catch (IOException e) {
      home.removeIfEphemeral();
      throw e;
    }
    LOG.infof("PostgreSQL runs as %s with the binaries in %s and its data in %s", user, bin, data);
    return server;
  }

  @Override
  public int port() {
    return port;
  }

  @Override
  public void stop() throws IOException {
    try {
      stopPostmaster();
    } finally {
      home.removeIfEphemeral();
    }
  }

  private void stopPostmaster() throws IOException {
    if (!postmaster.isAlive()) {
      return;
    }
    // SIGINT is PostgreSQL's fast shutdown: it does not wait for clients to disconnect.
    new ProcessBuilder("kill", "-INT", Long.toString(postmaster.pid())).start();
    try {
      if (!postmaster.waitFor(30, TimeUnit.SECONDS)) {
        LOG.warn("PostgreSQL did not stop within 30 s; killing it");
        postmaster.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      postmaster.destroyForcibly();
    }
  }

  private void awaitConnections(Path logFile) throws IOException {
    String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!postmaster.isAlive()) {
        throw new IOException("PostgreSQL exited at start; see " + logFile);
      }
      try {
        DriverManager.getConnection(url, "postgres", "").close();
        return;
      } catch (SQLException notYet) {
        sleep(100);
      }
    }
    postmaster.destroyForcibly();
    throw new IOException("PostgreSQL not ready after " + START_TIMEOUT + "; see " + logFile);
  }

  private static Optional<String> requestedUser() {
    String user = System.getProperty(RUN_AS_PROPERTY, System.getenv(RUN_AS_ENV));
    return user == null || user.isBlank() ? Optional.empty() : Optional.of(user.trim());
  }

  static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static boolean userNamespacesWork() {
    try {
      Process probe =
          new ProcessBuilder("unshare", "-U", "true")
              .redirectErrorStream(true)
              .redirectOutput(Redirect.DISCARD)
              .start();
      return probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The newest of the machine's PostgreSQL installations (Debian's layout), or $PG_BIN. */
  private static Path machineBinaries() throws IOException {
    String explicit = System.getenv("PG_BIN");
    if (explicit != null && !explicit.isBlank()) {
      return Path.of(explicit);
    }
    Path root = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(root)) {
      try (Stream<Path> versions = Files.list(root)) {
        Optional<Path> newest =
            versions
                .map(version -> version.resolve("bin"))
                .filter(bin -> Files.isExecutable(bin.resolve("postgres")))
                .max(Comparator.comparing(UnprivilegedPostgres::majorVersion));
        if (newest.isPresent()) {
          return newest.get();
        }
      }
    }
    throw new IOException(
        "PostgreSQL cannot run as root here (user namespaces are blocked) and no PostgreSQL"
            + " binaries were found under /usr/lib/postgresql to run as an unprivileged user;"
            + " install PostgreSQL's server package, set PG_BIN, or set SDGHUB_POSTGRES_URL");
  }

  private static int majorVersion(Path bin) {
    try {
      return Integer.parseInt(bin.getParent().getFileName().toString());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  static List<String> asUser(String user, String group, String... command) {
    List<String> full = new ArrayList<>();
    if (isRoot()) {
      full.addAll(List.of("setpriv", "--reuid=" + user, "--regid=" + group, "--init-groups", "--"));
    }
    full.addAll(Arrays.asList(command));
    return full;
  }

  private static String primaryGroup(String user) throws IOException {
    Process id = new ProcessBuilder("id", "-g", user).redirectErrorStream(true).start();
    try {
      String out = new String(id.getInputStream().readAllBytes()).trim();
      if (!id.waitFor(10, TimeUnit.SECONDS) || id.exitValue() != 0) {
        throw new IOException("No such user to run PostgreSQL as: " + user + " (" + out + ")");
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while looking up " + user, e);
    }
  }

  private static UserPrincipal principal(String user) throws IOException {
    return Path.of("/").getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(user);
  }

  private static void run(List<String> command, Path logFile) throws IOException {
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(Redirect.appendTo(logFile.toFile()))
            .start();
    try {
      if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
        process.destroyForcibly();
        throw new IOException(String.join(" ", command) + " failed; see " + logFile);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted: " + String.join(" ", command), e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
