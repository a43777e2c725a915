package org.sdghub.embedded;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;
import org.sdghub.kafkabroker.KafkaBrokerMain;

/**
 * A real Apache Kafka broker: either a single KRaft node started here as a child JVM with its own
 * classpath (so Kafka's server libraries never mix with the caller's), or an external cluster.
 */
public final class KafkaBroker implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(KafkaBroker.class);
  private static final String CLASSPATH_RESOURCE = "org/sdghub/kafkabroker/classpath.txt";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
  // By name: loading the class here would pull Kafka's server classes onto this classpath.
  private static final String MAIN_CLASS = "org.sdghub.kafkabroker.KafkaBrokerMain";

  private final String bootstrapServers;
  private final Process process;
  private final OutputStream lifeline;

  private KafkaBroker(String bootstrapServers, Process process) {
    this.bootstrapServers = bootstrapServers;
    this.process = process;
    this.lifeline = process == null ? null : process.getOutputStream();
  }

  /**
   * Starts a broker with its data in {@code dataDir} and its log in {@code logFile}. The child
   * stops by itself when this JVM's end of its standard input closes, also when this JVM is killed.
   */
  static KafkaBroker start(Path dataDir, int port, boolean ephemeral, Path logFile, Path pidFile)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-Xms128m", "-Xmx512m", "-XX:+UseParallelGC"));
    command.add("-Djava.io.tmpdir=" + dataDir.resolve("tmp"));
    command.addAll(List.of("-cp", childClasspath(), MAIN_CLASS));
    command.addAll(List.of("--data-dir", dataDir.resolve("data").toString()));
    command.addAll(List.of("--port", Integer.toString(port)));
    if (ephemeral) {
      command.add("--delete-data-on-exit");
    }
    Files.createDirectories(dataDir.resolve("tmp"));
    Process process =
        new ProcessBuilder(command)
            .redirectError(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
            .start();
    Files.writeString(pidFile, Long.toString(process.pid()));
    try {
      String bootstrap = awaitReady(process, logFile);
      LOG.infof("Kafka broker started at %s with data in %s", bootstrap, dataDir);
      return new KafkaBroker(bootstrap, process);
    } catch (IOException | RuntimeException e) {
      process.destroyForcibly();
      throw e;
    }
  }

  /** An external Kafka cluster. */
  static KafkaBroker external(String bootstrapServers) {
    return new KafkaBroker(bootstrapServers, null);
  }

  public String bootstrapServers() {
    return bootstrapServers;
  }

  /** Whether this process started the broker (and stops it on close). */
  public boolean isEmbedded() {
    return process != null;
  }

  /** An Admin client for this broker; the caller closes it. */
  public Admin admin() {
    return Admin.create(
        Map.of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
            AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 15_000,
            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 60_000));
  }

  /** Creates each topic that does not exist yet with {@code partitions} partitions. */
  public void createTopics(Collection<String> names, int partitions) {
    try (Admin admin = admin()) {
      Set<String> existing = admin.listTopics().names().get(60, TimeUnit.SECONDS);
      List<NewTopic> missing =
          names.stream()
              .filter(name -> !existing.contains(name))
              .map(name -> new NewTopic(name, partitions, (short) -1))
              .collect(Collectors.toList());
      for (var result : admin.createTopics(missing).values().values()) {
        try {
          result.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof TopicExistsException)) {
            throw e;
          }
        }
      }
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("Could not create topics " + names, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while creating topics " + names, e);
    }
  }

  /** Stops the child broker, waiting for a clean shutdown. */
  @Override
  public void close() {
    if (process == null || !process.isAlive()) {
      return;
    }
    try {
      lifeline.close();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        LOG.warn("Kafka broker did not stop within 60 s; killing it");
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (IOException e) {
      process.destroy();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  private static String awaitReady(Process process, Path logFile) throws IOException {
    CompletableFuture<String> ready = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader out =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                  if (line.startsWith(KafkaBrokerMain.READY_PREFIX)) {
                    ready.complete(line.substring(KafkaBrokerMain.READY_PREFIX.length()).trim());
                  }
                }
              } catch (IOException e) {
                ready.completeExceptionally(e);
              }
              ready.completeExceptionally(
                  new IOException("Kafka broker exited before it was ready; see " + logFile));
            },
            "kafka-broker-stdout");
    reader.setDaemon(true);
    reader.start();
    try {
      return ready.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw new IOException(e.getCause().getMessage(), e.getCause());
    } catch (TimeoutException e) {
      throw new IOException("Kafka broker not ready after " + START_TIMEOUT + "; see " + logFile);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while waiting for the Kafka broker", e);
    }
  }

  /** The broker module's own jar (or classes folder) followed by the jars it depends on. */
  static String childClasspath() throws IOException {
    URL list = KafkaBroker.class.getClassLoader().getResource(CLASSPATH_RESOURCE);
    if (list == null) {
      throw new IllegalStateException(
          CLASSPATH_RESOURCE + " is missing: build the sdghub-kafka-broker module first");
    }
    List<String> entries = new ArrayList<>();
    entries.add(locationOf(list).toString());
    try (var in = list.openStream()) {
      Arrays.stream(
              new String(in.readAllBytes(), StandardCharsets.UTF_8)
                  .split(java.io.File.pathSeparator))
          .map(String::trim)
          .filter(line -> !line.isEmpty())
          .forEach(entries::add);
    }
    return String.join(java.io.File.pathSeparator, entries);
  }

  private static Path locationOf(URL resource) {
    try {
      String url = resource.toString();
      if (url.startsWith("jar:")) {
        return Paths.get(new URL(url.substring(4, url.indexOf("!/"))).toURI());
      }
      Path file = Paths.get(resource.toURI());
      for (int i = 0; i < CLASSPATH_RESOURCE.split("/").length; i++) {
        file = file.getParent();
      }
      return file;
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException("Cannot locate the broker module from " + resource, e);
    }
  }
}
