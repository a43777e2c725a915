package org.sdghub.localstack;

import java.nio.file.Path;
import java.util.Optional;
import org.sdghub.embedded.ServerSettings;

/**
 * The launcher's command line.
 *
 * @param repoRoot the checkout whose built services are run
 * @param servers where PostgreSQL and Kafka come from
 * @param portBase the gateway's port; the services take the next ones
 * @param demoData whether the demo organisations and projects are loaded once the services are
 *     ready
 * @param help whether only the usage was asked for
 */
record StackOptions(
    Path repoRoot, ServerSettings servers, int portBase, boolean demoData, boolean help) {

  static final String USAGE =
      """
      Starts SDG Hub on this machine: PostgreSQL, a Kafka broker and every service.

      Options:
        --data-dir DIR             keep PostgreSQL's and Kafka's data in DIR between runs
                                   (default: a temporary directory, removed on exit)
        --postgres-port N          port of the embedded PostgreSQL (default: a free one)
        --kafka-port N             port of the embedded Kafka broker (default: a free one)
        --postgres-url JDBC_URL    use an external PostgreSQL (its maintenance database, e.g.
                                   jdbc:postgresql://db.example:5432/postgres); also $SDGHUB_POSTGRES_URL
        --postgres-user USER       user for the external PostgreSQL; also $SDGHUB_POSTGRES_USER
        --postgres-password PASS   its password; also $SDGHUB_POSTGRES_PASSWORD
        --kafka-bootstrap HOST:P   use an external Kafka cluster; also $SDGHUB_KAFKA_BOOTSTRAP
        --port-base N              the gateway's port; services take N+1, N+2, N+3 (default 8080),
                                   and each its management port 1000 above its own
        --no-demo                  start empty: do not load the demo data (organisations, real
                                   ones of the region with made-up contacts, and made-up projects);
                                   --no-demo-data says the same
        --rebuild                  build even when no source changed since the last build
                                   (read by run-local.sh, which otherwise skips the build)
        --help                     this text

      Stop everything with Ctrl-C.
      """;

  static StackOptions parse(String[] args, Path repoRoot) {
    ServerSettings servers = ServerSettings.fromEnvironment();
    int portBase = 8080;
    int postgresPort = 0;
    int kafkaPort = 0;
    Optional<String> pgUrl = servers.postgresUrl();
    String pgUser = servers.postgresUser();
    String pgPassword = servers.postgresPassword();
    boolean demoData = true;
    boolean help = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--data-dir" -> servers = servers.withDataDir(Path.of(value(args, ++i, arg)));
        case "--postgres-port" -> postgresPort = number(value(args, ++i, arg), arg);
        case "--kafka-port" -> kafkaPort = number(value(args, ++i, arg), arg);
        case "--postgres-url" -> pgUrl = Optional.of(value(args, ++i, arg));
        case "--postgres-user" -> pgUser = value(args, ++i, arg);
        case "--postgres-password" -> pgPassword = value(args, ++i, arg);
        case "--kafka-bootstrap" -> servers = servers.withExternalKafka(value(args, ++i, arg));
        case "--port-base" -> portBase = number(value(args, ++i, arg), arg);
        case "--no-demo", "--no-demo-data" -> demoData = false;
        case "--rebuild" -> {
          // run-local.sh's: it decides whether to build before the launcher runs.
        }
        case "--help", "-h" -> help = true;
        default -> throw new IllegalArgumentException("Unknown option " + arg + "\n\n" + USAGE);
      }
    }
    servers = servers.withPorts(postgresPort, kafkaPort);
    if (pgUrl.isPresent()) {
      servers = servers.withExternalPostgres(pgUrl.get(), pgUser, pgPassword);
    }
    return new StackOptions(repoRoot, servers, portBase, demoData, help);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  private static int number(String value, String option) {
    try {
      int n = Integer.parseInt(value);
      if (n < 0 || n > 65535) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " takes a port number, not '" + value + "'");
    }
  }
}
