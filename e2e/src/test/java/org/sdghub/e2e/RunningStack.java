package org.sdghub.e2e;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.sdghub.localstack.LocalStack;

/**
 * The one SDG Hub stack of this module's tests, started by the local stack's launcher as users
 * start it (embedded PostgreSQL and Kafka, each service's built {@code quarkus-run.jar} as its own
 * JVM, the gateway issuing the services' tokens) on first use, and stopped once every test class
 * has run, or when the JVM exits, whichever comes first.
 */
public final class RunningStack implements BeforeAllCallback {

  private static final List<String> SERVICE_NAMES =
      List.of("partners-service", "projects-service", "funding-service", "gateway");
  private static final int SERVICES = SERVICE_NAMES.size();
  // The local stack puts each service's management interface 1000 above its API port.
  private static final int MANAGEMENT_OFFSET = 1000;
  private static LocalStack stack;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    started();
    // The root store closes its resources after the last test class of the run.
    context
        .getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .computeIfAbsent(RunningStack.class, key -> new Stopper(), Stopper.class);
  }

  /** The stack, started if it is not yet. */
  static synchronized LocalStack started() throws Exception {
    if (stack == null) {
      Path repoRoot = Path.of(System.getProperty("sdghub.repo-root", ".."));
      LocalStack starting =
          LocalStack.configured(
              repoRoot, System.out, "--no-demo", "--port-base", Integer.toString(freePortBase()));
      Runtime.getRuntime().addShutdownHook(new Thread(starting::stop, "e2e-stack-stop"));
      stack = starting;
      try {
        starting.start();
      } catch (Exception | Error e) {
        starting.stop();
        throw e;
      }
    }
    return stack;
  }

  static URI gateway() {
    return URI.create(stack.gatewayUrl());
  }

  static String coordinatorKey() {
    return stack.coordinatorApiKey();
  }

  /**
   * A port from which this and the next three are free (the gateway's and the services'), and the
   * four 1000 above them (their management ports). Taken below Linux's ephemeral range, so no
   * outgoing connection is given one of them meanwhile.
   */
  private static int freePortBase() throws IOException {
    for (int attempt = 0; attempt < 50; attempt++) {
      int base = ThreadLocalRandom.current().nextInt(20_000, 31_000);
      if (allFree(base) && allFree(base + MANAGEMENT_OFFSET)) {
        return base;
      }
    }
    throw new IOException(
        "no four consecutive free ports, and four 1000 above them, found between 20000 and 32000");
  }

  private static boolean allFree(int base) {
    for (int port = base; port < base + SERVICES; port++) {
      try (ServerSocket probe = new ServerSocket()) {
        probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      } catch (IOException taken) {
        return false;
      }
    }
    return true;
  }

  private static final class Stopper implements AutoCloseable {
    @Override
    public void close() {
      synchronized (RunningStack.class) {
        if (stack != null) {
          keepLogs();
          stack.stop();
        }
      }
    }
  }

  /** The services' logs, copied out of the run directory that stopping removes. */
  private static void keepLogs() {
    Path kept = Path.of(System.getProperty("java.io.tmpdir"), "stack-logs");
    for (String service : SERVICE_NAMES) {
      try {
        Files.createDirectories(kept);
        Files.copy(
            stack.logFile(service),
            kept.resolve(service + ".log"),
            StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException | RuntimeException e) {
        System.err.println("the log of " + service + " was not kept: " + e.getMessage());
      }
    }
  }
}
