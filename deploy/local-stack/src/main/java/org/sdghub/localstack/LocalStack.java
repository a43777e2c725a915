package org.sdghub.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.sdghub.embedded.EmbeddedServers;
import org.sdghub.embedded.PostgresServer;

/**
 * Runs SDG Hub on one machine: PostgreSQL, a Kafka broker and every service, each in its own
 * process; stops them all, services first, when the launcher is interrupted (Ctrl-C). End-to-end
 * tests run the same stack through {@link #configured}, {@link #start}, {@link #kill}, {@link
 * #restart} and {@link #stop}.
 */
public final class LocalStack {

  private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

  private final StackOptions options;
  private final PrintStream out;
  private final List<ServiceProcess> services = new ArrayList<>();
  private EmbeddedServers servers;
  private InternalKeys keys;
  private CoordinatorApiKey apiKey;
  private List<DemoApiKeys.RoleKey> roleKeys = List.of();
  private String webhookSealingKey;
  private DemoWebhookReceiver receiver;
  private volatile boolean stopping;

  LocalStack(StackOptions options, PrintStream out) {
    this.options = options;
    this.out = out;
  }

  /**
   * A stack of the services built in {@code repoRoot}, configured by the launcher's own options
   * ({@code --no-demo}, {@code --port-base N}…), reporting to {@code out}; not started yet.
   *
   * @throws IllegalArgumentException if an option is unknown or lacks its value
   */
  public static LocalStack configured(Path repoRoot, PrintStream out, String... args) {
    return new LocalStack(StackOptions.parse(args, repoRoot.toAbsolutePath().normalize()), out);
  }

  public static void main(String[] args) throws InterruptedException {
    Path repoRoot = Path.of(System.getProperty("sdghub.repo-root", ".")).toAbsolutePath();
    StackOptions options;
    try {
      options = StackOptions.parse(args, repoRoot.normalize());
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    if (options.help()) {
      System.out.print(StackOptions.USAGE);
      return;
    }
    LocalStack stack = new LocalStack(options, System.out);
    Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "local-stack-stop"));
    try {
      stack.start();
    } catch (IOException | SQLException | RuntimeException e) {
      System.err.println("SDG Hub could not start: " + e.getMessage());
      System.exit(1);
    }
    stack.printSummary();
    int exit = stack.awaitUnexpectedExit();
    System.exit(exit);
  }

  /**
   * Starts PostgreSQL, Kafka and every service, waits until each is ready and loads the demo data
   * if asked; {@link #stop} undoes what a failure half-way leaves running.
   */
  public void start() throws IOException, SQLException, InterruptedException {
    List<ServiceSpec> specs = ServiceSpec.all(options.portBase());
    // A killed launcher's services may still hold the ports: stop them first.
    EmbeddedServers.stopDeadRuns(options.servers());
    for (ServiceSpec spec : specs) {
      requireFreePort(spec, spec.port());
      requireFreePort(spec, spec.managementPort());
    }
    out.println("Starting PostgreSQL and Kafka...");
    servers = EmbeddedServers.start(options.servers());
    PostgresServer postgres = servers.postgres();
    for (ServiceSpec spec : specs) {
      postgres.createDatabaseIfMissing(spec.database());
    }
    keys = InternalKeys.in(servers.directory().resolve("keys"));
    apiKey = CoordinatorApiKey.in(servers.directory().resolve("keys"));
    webhookSealingKey =
        KeptSecret.in(
            servers.directory().resolve("keys"),
            "webhook-sealing-key",
            "",
            32,
            Base64.getEncoder());
    out.println("Starting " + specs.size() + " services...");
    for (ServiceSpec spec : specs) {
      services.add(
          ServiceProcess.start(
              spec, options.repoRoot(), servers.directory(), environment(spec, specs)));
    }
    for (ServiceProcess service : services) {
      service.awaitReady(READY_TIMEOUT);
      out.println("  " + service.spec().name() + " ready at " + service.baseUrl());
    }
    if (options.demoData()) {
      loadDemoData();
    }
    roleKeys = issueRoleKeys();
  }

  /** The partner, donor and viewer keys to print; a failure is reported, not fatal. */
  private List<DemoApiKeys.RoleKey> issueRoleKeys() throws InterruptedException {
    try {
      Map<String, UUID> ids =
          options.demoData()
              ? OrganisationDirectory.idsByKey(
                  DemoHttp.withKey(keys.privateKey()),
                  baseUrl("partners-service"),
                  DemoOrganisation.readAll())
              : Map.of();
      DemoHttp asCoordinator = new DemoHttp(now -> apiKey.value(), Clock.systemUTC());
      return new DemoApiKeys(asCoordinator, baseUrl("gateway"), servers.directory().resolve("keys"))
          .issue(ids);
    } catch (IOException e) {
      out.println("demo API keys not issued: " + e.getMessage());
      return List.of();
    }
  }

  /**
   * The demo organisations, then the demo projects that name them. The stack stays up without its
   * demo data: a failure here is reported, not fatal.
   */
  private void loadDemoData() throws InterruptedException {
    DemoHttp http = DemoHttp.withKey(keys.privateKey());
    String partners = baseUrl("partners-service");
    try {
      out.println(DemoData.load(http, partners, out).line());
    } catch (IOException e) {
      out.println("demo data not loaded: " + e.getMessage());
      return;
    }
    try {
      DemoProjects.Summary projects =
          DemoProjects.load(
              http,
              partners,
              baseUrl("projects-service"),
              out,
              Clock.systemUTC(),
              pause -> Thread.sleep(pause.toMillis()));
      out.println(projects.line());
    } catch (IOException e) {
      out.println("demo projects not loaded: " + e.getMessage());
      return;
    }
    loadDemoFunding(http, partners);
  }

  /** The demo rates, two donors' webhook subscriptions to the receiver, and the transactions. */
  private void loadDemoFunding(DemoHttp http, String partners) throws InterruptedException {
    try {
      receiver = DemoWebhookReceiver.start(servers.directory().resolve("logs/webhooks.log"));
      DemoFunding funding =
          new DemoFunding(
              keys.privateKey(),
              baseUrl("funding-service"),
              OrganisationDirectory.idsByKey(http, partners, DemoOrganisation.readAll()),
              ProjectDirectory.idsByIdentifier(http, baseUrl("projects-service")),
              out);
      Path rates =
          options.repoRoot().resolve("funding-service/src/main/resources/demo/exchange-rates.csv");
      out.println(funding.load(rates, receiver).line());
    } catch (IOException | IllegalArgumentException e) {
      out.println("demo funding not loaded: " + e.getMessage());
    }
  }

  private String baseUrl(String service) {
    return service(service).baseUrl();
  }

  private synchronized ServiceProcess service(String name) {
    return services.stream()
        .filter(running -> running.spec().name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no service named " + name));
  }

  /** The gateway's URL, the public entry of the running stack. */
  public String gatewayUrl() {
    return baseUrl("gateway");
  }

  /** The first coordinator API key, which the gateway takes from its configuration. */
  public String coordinatorApiKey() {
    return apiKey.value();
  }

  /** The log file of one service ({@code partners-service}, …, {@code gateway}). */
  public Path logFile(String service) {
    return service(service).logFile();
  }

  /**
   * Kills one service at once, as a crash would (SIGKILL: no shutdown hook, no graceful stop);
   * returns its exit code.
   */
  public int kill(String service) throws InterruptedException {
    return service(service).kill();
  }

  /**
   * Starts one service again, on its port and database with the configuration it had, and waits
   * until it is ready; one still running is stopped first.
   */
  public void restart(String name) throws IOException, InterruptedException {
    ServiceProcess fresh;
    synchronized (this) {
      if (stopping) {
        throw new IllegalStateException("the stack is stopping");
      }
      ServiceProcess old = service(name);
      old.stop();
      List<ServiceSpec> specs = services.stream().map(ServiceProcess::spec).toList();
      fresh =
          ServiceProcess.start(
              old.spec(), options.repoRoot(), servers.directory(), environment(old.spec(), specs));
      services.set(services.indexOf(old), fresh);
    }
    fresh.awaitReady(READY_TIMEOUT);
  }

  private Map<String, String> environment(ServiceSpec spec, List<ServiceSpec> all) {
    PostgresServer postgres = servers.postgres();
    Map<String, String> env = new HashMap<>();
    env.put("QUARKUS_HTTP_PORT", Integer.toString(spec.port()));
    env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(spec.managementPort()));
    env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(spec.database()));
    env.put("QUARKUS_DATASOURCE_USERNAME", postgres.username());
    env.put("QUARKUS_DATASOURCE_PASSWORD", postgres.password());
    env.put("KAFKA_BOOTSTRAP_SERVERS", servers.kafka().bootstrapServers());
    // The services verify tokens with the keys the gateway publishes, as deployed.
    ServiceSpec gateway =
        all.stream().filter(s -> s.name().equals("gateway")).findFirst().orElseThrow();
    env.put(
        "SDGHUB_JWT_PUBLIC_KEY_LOCATION",
        "http://127.0.0.1:" + gateway.managementPort() + "/q/jwks");
    if (spec.name().equals("funding-service")) {
      // The demo's webhook receiver is on loopback over plain HTTP; the service warns that it is.
      env.put("SDGHUB_WEBHOOKS_ALLOW_INSECURE_LOOPBACK", "true");
      env.put("SDGHUB_WEBHOOKS_SECRET_KEY", webhookSealingKey);
    }
    if (spec.name().equals("gateway")) {
      env.put("SDGHUB_JWT_PRIVATE_KEY_LOCATION", keys.privateKey().toString());
      env.put("SDGHUB_BOOTSTRAP_API_KEY", apiKey.value());
      env.put("SDGHUB_BOOTSTRAP_ORGANISATION", DemoToken.REGIONAL_CENTRE.toString());
      env.put("SDGHUB_GATEWAY_PUBLIC_URL", "http://127.0.0.1:" + spec.port());
    }
    for (ServiceSpec other : all) {
      String key = other.database().toUpperCase(Locale.ROOT);
      env.put("SDGHUB_" + key + "_URL", "http://127.0.0.1:" + other.port());
      env.put("SDGHUB_" + key + "_MANAGEMENT_URL", "http://127.0.0.1:" + other.managementPort());
    }
    return env;
  }

  void printSummary() {
    ServiceProcess gateway = services.get(services.size() - 1);
    out.println();
    out.println("SDG Hub is running.");
    String row = "  %-17s %s%n";
    out.printf(row, "gateway", gateway.baseUrl() + "   (API: /api/v1, OpenAPI: /q/openapi)");
    for (ServiceProcess service : services.subList(0, services.size() - 1)) {
      out.printf(row, service.spec().name(), service.baseUrl());
    }
    out.printf(
        row,
        "management",
        "health and metrics of each at its port + "
            + ServiceSpec.MANAGEMENT_OFFSET
            + " (gateway: "
            + gateway.managementUrl()
            + "/q/health, /q/metrics, /q/jwks)");
    out.printf(row, "PostgreSQL", servers.postgres().jdbcUrl("postgres"));
    out.printf(row, "Kafka", servers.kafka().bootstrapServers());
    out.printf(row, "logs", servers.directory().resolve("logs"));
    out.printf(row, "Swagger UI", gateway.baseUrl() + "/q/swagger-ui");
    out.printf(row, "3W page", gateway.baseUrl() + "/3w/index.html   (asks for an API key)");
    if (receiver != null) {
      out.printf(
          row,
          "webhooks",
          receiver.verified()
              + " verified deliveries so far to the demo receiver; each one is logged in "
              + receiver.logFile());
    }
    out.println();
    out.println("API keys (Authorization: Bearer <key>):");
    out.printf(row, "coordinator", apiKey.value() + "   (the Regional Centre: everything)");
    for (DemoApiKeys.RoleKey key : roleKeys) {
      out.printf(row, key.role(), key.key() + "   (" + key.label() + ")");
    }
    out.println();
    out.println("Try:");
    for (String example : examples(gateway.baseUrl())) {
      out.println("  " + example);
    }
    out.println();
    out.println("Press Ctrl-C to stop.");
  }

  private List<String> examples(String gateway) {
    String reader =
        roleKeys.stream()
            .filter(key -> key.role().equals("viewer"))
            .map(DemoApiKeys.RoleKey::key)
            .findFirst()
            .orElse(apiKey.value());
    String curl = "curl -s -H 'Authorization: Bearer %s' '%s%s'";
    return List.of(
        String.format(curl, apiKey.value(), gateway, "/api/v1/organisations?kind=un-entity"),
        String.format(
            curl, reader, gateway, "/api/v1/projects?country=UZ&sdgGoal=6&status=implementation"),
        String.format(curl, reader, gateway, "/api/v1/who-what-where?groupBy=country,sdgGoal"));
  }

  /** Blocks until a service exits on its own, which is reported; returns the exit code to use. */
  int awaitUnexpectedExit() throws InterruptedException {
    CompletableFuture<?>[] exits =
        services.stream().map(ServiceProcess::onExit).toArray(CompletableFuture[]::new);
    try {
      CompletableFuture.anyOf(exits).join();
    } catch (RuntimeException e) {
      // An exit future does not fail; fall through to the report.
    }
    if (stopping) {
      return 0;
    }
    for (ServiceProcess service : services) {
      if (!service.isAlive()) {
        System.err.println(
            service.spec().name() + " stopped unexpectedly; see " + service.logFile());
      }
    }
    return 1;
  }

  /** Stops the services, then Kafka and PostgreSQL; safe to call more than once. */
  public synchronized void stop() {
    if (stopping && servers == null) {
      return;
    }
    stopping = true;
    if (!services.isEmpty()) {
      out.println("\nStopping SDG Hub...");
    }
    services.parallelStream().forEach(ServiceProcess::stop);
    if (receiver != null) {
      receiver.close();
    }
    if (servers != null) {
      servers.close();
      servers = null;
    }
    out.println("Stopped.");
  }

  private static void requireFreePort(ServiceSpec spec, int port) throws IOException {
    try (ServerSocket probe = new ServerSocket()) {
      probe.setReuseAddress(true);
      probe.bind(new InetSocketAddress(port));
    } catch (IOException e) {
      throw new IOException(
          "port " + port + " for " + spec.name() + " is in use; choose --port-base", e);
    }
  }
}
