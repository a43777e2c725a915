package org.sdghub.embedded;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class NothingOutlivesAKilledJvmTest {

  @Test
  void aKilledJvmsBrokerStopsByItselfAndTheNextStartStopsItsPostgresAndRemovesItsData()
      throws Exception {
    Path liveRun = EmbeddedServers.shared().directory();
    Process jvm =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-cp",
                System.getProperty("java.class.path"),
                ServersOfAKilledJvm.class.getName())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    Path runDir = readRunDir(jvm);
    ProcessHandle broker = processIn(runDir.resolve("kafka.pid"));
    ProcessHandle postmaster = processIn(runDir.resolve("postgres/postmaster.pid"));

    jvm.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

    broker.onExit().get(60, TimeUnit.SECONDS);
    assertTrue(postmaster.isAlive(), "only a shutdown hook or the next start stops PostgreSQL");
    EmbeddedServers.stopDeadRuns(ServerSettings.fromEnvironment());
    assertFalse(postmaster.isAlive(), "the next start stopped the dead run's PostgreSQL");
    assertFalse(Files.exists(runDir), "the next start removed " + runDir);
    assertTrue(Files.exists(liveRun), "a live run's directory is left alone by other starts");
    try (var c = EmbeddedServers.shared().postgres().connect("postgres")) {
      assertTrue(c.isValid(5), "the live run's PostgreSQL still answers");
    }
  }

  private static Path readRunDir(Process jvm) throws Exception {
    BufferedReader out = new BufferedReader(new InputStreamReader(jvm.getInputStream()));
    String line;
    while ((line = out.readLine()) != null) {
      if (line.startsWith("RUN-DIR ")) {
        return Path.of(line.substring("RUN-DIR ".length()));
      }
    }
    throw new AssertionError("the child JVM exited before its servers were up");
  }

  private static ProcessHandle processIn(Path pidFile) throws Exception {
    List<String> lines = Files.readAllLines(pidFile);
    return ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
        .orElseThrow(() -> new AssertionError("no process for " + pidFile));
  }
}
