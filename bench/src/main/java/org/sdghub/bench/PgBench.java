package org.sdghub.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.sdghub.embedded.PostgresServer;

/**
 * Measures single-row inserts into PostgreSQL with the machine's pgbench: one transaction is one
 * {@code INSERT} of {@link SampleRecord} as {@code jsonb} into a table shaped like the services'.
 */
final class PgBench {

  static final String DATABASE = "sdghub_bench";
  static final String TABLE = "bench_insert";

  private final Path executable;
  private final ExternalCommand commands;
  private final Path workDir;

  private PgBench(Path executable, ExternalCommand commands, Path workDir) {
    this.executable = executable;
    this.commands = commands;
    this.workDir = workDir;
  }

  /**
   * How pgbench loads the server.
   *
   * @param clients concurrent sessions ({@code -c})
   * @param jobs pgbench threads ({@code -j})
   * @param duration length of one run ({@code -T}), whole seconds
   */
  record Settings(int clients, int jobs, Duration duration) {}

  /**
   * What one pgbench transaction does.
   *
   * @param name names the script file
   * @param script the pgbench script; {@code :payload} is {@link SampleRecord#JSON}
   * @param countedTable the table with one new row per transaction, checked after each run
   * @param truncated the tables emptied before each run
   */
  record Workload(String name, String script, String countedTable, List<String> truncated) {}

  /** One {@code INSERT} of the sample record per transaction: the database baseline. */
  static final Workload SINGLE_INSERT =
      new Workload(
          "insert",
          "INSERT INTO " + TABLE + " (payload) VALUES (CAST(:payload AS jsonb));\n",
          TABLE,
          List.of(TABLE));

  /**
   * The pgbench on the PATH or in a Debian PostgreSQL installation; fails saying how to get one.
   */
  static PgBench locate(ExternalCommand commands, Path workDir) {
    Path pgbench =
        ExternalCommand.onPath("pgbench")
            .or(PgBench::inDebianInstallation)
            .orElseThrow(
                () ->
                    new MissingToolException(
                        "pgbench is not installed. Install it with:"
                            + " apt-get install -y postgresql-client"));
    return new PgBench(pgbench, commands, workDir);
  }

  private static Optional<Path> inDebianInstallation() {
    Path root = Path.of("/usr/lib/postgresql");
    if (!Files.isDirectory(root)) {
      return Optional.empty();
    }
    try (Stream<Path> versions = Files.list(root)) {
      return versions
          .map(version -> version.resolve("bin/pgbench"))
          .filter(Files::isExecutable)
          .max(Comparator.comparing(PgBench::majorVersion));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static int majorVersion(Path pgbench) {
    try {
      return Integer.parseInt(pgbench.getParent().getParent().getFileName().toString());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** Creates the database and table the runs insert into, and says how durable commits are. */
  String prepare(PostgresServer server) throws SQLException {
    server.createDatabaseIfMissing(DATABASE);
    try (Connection c = server.connect(DATABASE);
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE IF NOT EXISTS "
              + TABLE
              + " (id bigserial PRIMARY KEY, payload jsonb NOT NULL,"
              + " created_at timestamptz NOT NULL DEFAULT now())");
      return "fsync="
          + setting(s, "fsync")
          + ", synchronous_commit="
          + setting(s, "synchronous_commit");
    }
  }

  /** One run of {@code settings} against a freshly emptied table; {@code name} names its logs. */
  PgBenchResult run(String name, PostgresServer server, Settings settings)
      throws IOException, InterruptedException, SQLException {
    return run(name, server, settings, SINGLE_INSERT);
  }

  /** One run of {@code workload}; {@code name} names its logs. */
  PgBenchResult run(String name, PostgresServer server, Settings settings, Workload workload)
      throws IOException, InterruptedException, SQLException {
    truncate(server, workload.truncated());
    PostgresAddress address = PostgresAddress.of(server.jdbcUrl(DATABASE));
    long seconds = Math.max(1, settings.duration().toSeconds());
    List<String> command = new ArrayList<>();
    command.add(executable.toString());
    command.addAll(List.of("-h", address.host(), "-p", Integer.toString(address.port())));
    command.addAll(List.of("-U", server.username(), "-n", "-M", "prepared"));
    command.addAll(List.of("-c", Integer.toString(settings.clients())));
    command.addAll(List.of("-j", Integer.toString(settings.jobs())));
    command.addAll(List.of("-T", Long.toString(seconds), "-f", script(workload).toString()));
    command.addAll(List.of("-D", "payload=" + SampleRecord.JSON));
    command.add(address.database());
    Map<String, String> env =
        server.password().isEmpty() ? Map.of() : Map.of("PGPASSWORD", server.password());
    ExternalCommand.Outcome outcome =
        commands.run(name, command, env, Duration.ofSeconds(seconds + 60));
    if (!outcome.succeeded()) {
      throw new IOException(
          "pgbench failed (exit " + outcome.exitCode() + "): " + outcome.stderr());
    }
    PgBenchResult result = PgBenchResult.parse(outcome.stdout());
    checkRowsInserted(server, result, workload.countedTable());
    return result;
  }

  // A figure is only worth reporting if each counted transaction really stored a row.
  private static void checkRowsInserted(PostgresServer server, PgBenchResult result, String table)
      throws SQLException {
    try (Connection c = server.connect(DATABASE);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
      rs.next();
      long rows = rs.getLong(1);
      if (rows != result.transactions()) {
        throw new IllegalStateException(
            "pgbench counted " + result.transactions() + " inserts but the table has " + rows);
      }
    }
  }

  /** The pgbench command line a run uses, for the report. */
  static String describe(Settings settings) {
    return "pgbench -n -M prepared -c "
        + settings.clients()
        + " -j "
        + settings.jobs()
        + " -T "
        + Math.max(1, settings.duration().toSeconds());
  }

  // The record is a bound parameter (pgbench variable, -D), as the services' JDBC inserts send it;
  // pasted into the SQL, pgbench would also read its ":true" as a variable.
  private Path script(Workload workload) throws IOException {
    Files.createDirectories(workDir);
    Path script = workDir.resolve("pgbench-" + workload.name() + ".sql");
    Files.writeString(script, workload.script());
    return script;
  }

  private static void truncate(PostgresServer server, List<String> tables) throws SQLException {
    try (Connection c = server.connect(DATABASE);
        Statement s = c.createStatement()) {
      s.execute("TRUNCATE " + String.join(", ", tables) + " RESTART IDENTITY");
    }
  }

  private static String setting(Statement s, String name) throws SQLException {
    try (ResultSet rs = s.executeQuery("SHOW " + name)) {
      return rs.next() ? rs.getString(1) : "?";
    }
  }
}
