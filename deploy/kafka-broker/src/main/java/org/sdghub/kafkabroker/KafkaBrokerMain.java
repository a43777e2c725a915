package org.sdghub.kafkabroker;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * Runs a single-node Apache Kafka broker in KRaft mode (broker and controller in one process) as
 * the child of another JVM.
 *
 * <p>It prints {@value #READY_PREFIX}{@code host:port} on standard output once clients can connect,
 * and stops when its standard input closes, so that it never outlives the process that started it.
 * Arguments: {@code --data-dir DIR [--host H] [--port P] [--controller-port C]
 * [--delete-data-on-exit]}; a port of 0 picks a free one.
 */
public final class KafkaBrokerMain {

  /** The line the parent waits for; the bootstrap address follows it. */
  public static final String READY_PREFIX = "SDGHUB-KAFKA-READY ";

  private KafkaBrokerMain() {}

  public static void main(String[] args) throws Exception {
    BrokerOptions options = BrokerOptions.parse(args);
    Files.createDirectories(options.dataDir());
    int port = options.port() == 0 ? freePort() : options.port();
    int controllerPort = options.controllerPort() == 0 ? freePort() : options.controllerPort();

    Properties config = brokerConfig(options, port, controllerPort);
    Path configFile = options.dataDir().resolve("server.properties");
    try (Writer out = Files.newBufferedWriter(configFile, StandardCharsets.UTF_8)) {
      config.store(out, "Written by SDG Hub's embedded broker at each start");
    }
    formatStorageOnce(options.dataDir(), configFile);

    KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(config, false), Time.SYSTEM);
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> stop(server, options), "kafka-broker-shutdown"));
    server.startup();

    PrintStream stdout = System.out;
    stdout.println(READY_PREFIX + options.host() + ":" + port);
    stdout.flush();

    waitUntilParentGoesAway(System.in);
    System.exit(0);
  }

  static Properties brokerConfig(BrokerOptions options, int port, int controllerPort) {
    String host = options.host();
    Properties p = new Properties();
    p.setProperty("process.roles", "broker,controller");
    p.setProperty("node.id", "1");
    p.setProperty("controller.quorum.voters", "1@" + host + ":" + controllerPort);
    p.setProperty(
        "listeners",
        "PLAINTEXT://" + host + ":" + port + ",CONTROLLER://" + host + ":" + controllerPort);
    p.setProperty("advertised.listeners", "PLAINTEXT://" + host + ":" + port);
    p.setProperty("controller.listener.names", "CONTROLLER");
    p.setProperty("inter.broker.listener.name", "PLAINTEXT");
    p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    p.setProperty("log.dirs", options.dataDir().resolve("logs").toString());
    // One node: every internal topic has a single replica and accepts writes with it alone.
    p.setProperty("offsets.topic.replication.factor", "1");
    p.setProperty("offsets.topic.num.partitions", "5");
    p.setProperty("transaction.state.log.replication.factor", "1");
    p.setProperty("transaction.state.log.min.isr", "1");
    p.setProperty("transaction.state.log.num.partitions", "5");
    p.setProperty("share.coordinator.state.topic.replication.factor", "1");
    p.setProperty("share.coordinator.state.topic.min.isr", "1");
    p.setProperty("min.insync.replicas", "1");
    p.setProperty("default.replication.factor", "1");
    p.setProperty("group.initial.rebalance.delay.ms", "0");
    // Topics are created explicitly with the Admin client, so a misspelt name fails loudly.
    p.setProperty("auto.create.topics.enable", "false");
    return p;
  }

  private static void formatStorageOnce(Path dataDir, Path configFile) throws IOException {
    Path clusterIdFile = dataDir.resolve("cluster.id");
    if (!Files.exists(clusterIdFile)) {
      Files.writeString(clusterIdFile, Uuid.randomUuid().toString());
    }
    String clusterId = Files.readString(clusterIdFile).trim();
    int exit =
        StorageTool.execute(
            new String[] {
              "format", "-t", clusterId, "-c", configFile.toString(), "--ignore-formatted"
            },
            System.err);
    if (exit != 0) {
      throw new IllegalStateException("Formatting the broker's storage failed with exit " + exit);
    }
  }

  private static void waitUntilParentGoesAway(InputStream in) throws IOException {
    byte[] buffer = new byte[256];
    while (in.read(buffer) != -1) {
      // Anything the parent writes is ignored; only the end of the stream matters.
    }
  }

  private static void stop(KafkaRaftServer server, BrokerOptions options) {
    server.shutdown();
    server.awaitShutdown();
    if (options.deleteDataOnExit()) {
      deleteRecursively(options.dataDir());
    }
  }

  private static void deleteRecursively(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      System.err.println("Could not delete " + dir + ": " + e.getMessage());
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    }
  }

  /** The command line of the broker process. */
  record BrokerOptions(
      Path dataDir, String host, int port, int controllerPort, boolean deleteDataOnExit) {

    static BrokerOptions parse(String[] args) {
      Path dataDir = null;
      String host = "127.0.0.1";
      int port = 0;
      int controllerPort = 0;
      boolean delete = false;
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--data-dir" -> dataDir = Paths.get(args[++i]);
          case "--host" -> host = args[++i];
          case "--port" -> port = Integer.parseInt(args[++i]);
          case "--controller-port" -> controllerPort = Integer.parseInt(args[++i]);
          case "--delete-data-on-exit" -> delete = true;
          default -> throw new IllegalArgumentException("Unknown argument: " + args[i]);
        }
      }
      if (dataDir == null) {
        throw new IllegalArgumentException("--data-dir is required");
      }
      return new BrokerOptions(dataDir.toAbsolutePath(), host, port, controllerPort, delete);
    }
  }
}
