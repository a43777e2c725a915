package org.sdghub.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs the wrk HTTP load generator, a closed-loop tool: each connection waits for its answer. */
final class Wrk {

  private final Path executable;
  private final ExternalCommand commands;

  private Wrk(Path executable, ExternalCommand commands) {
    this.executable = executable;
    this.commands = commands;
  }

  /**
   * How wrk loads the server.
   *
   * @param duration length of one run, whole seconds
   * @param connections open connections, each with one request in flight
   * @param threads wrk's threads, each driving its share of the connections
   * @param headers extra request headers, {@code Name: value}
   */
  record Settings(Duration duration, int connections, int threads, List<String> headers) {

    Settings withHeaders(List<String> others) {
      return new Settings(duration, connections, threads, others);
    }

    Settings withDuration(Duration other) {
      return new Settings(other, connections, threads, headers);
    }
  }

  /** The wrk on the PATH; fails with the command that installs it when there is none. */
  static Wrk locate(ExternalCommand commands) {
    Path wrk =
        ExternalCommand.onPath("wrk")
            .orElseThrow(
                () ->
                    new MissingToolException(
                        "wrk is not installed. Install it with: apt-get install -y wrk"
                            + " (bench/run does this itself when it runs as root)."));
    return new Wrk(wrk, commands);
  }

  /** One run against {@code url}; {@code name} names its log files. */
  WrkResult run(String name, URI url, Settings settings) throws IOException, InterruptedException {
    return run(name, url, settings, null);
  }

  /** One run of wrk's Lua {@code script} (method, body, headers) against {@code url}. */
  WrkResult run(String name, URI url, Settings settings, Path script)
      throws IOException, InterruptedException {
    long seconds = Math.max(1, settings.duration().toSeconds());
    List<String> command = new ArrayList<>();
    command.add(executable.toString());
    command.addAll(List.of("-t", Integer.toString(settings.threads())));
    command.addAll(List.of("-c", Integer.toString(settings.connections())));
    command.addAll(List.of("-d", seconds + "s", "--latency", "--timeout", "10s"));
    for (String header : settings.headers()) {
      command.addAll(List.of("-H", header));
    }
    if (script != null) {
      command.addAll(List.of("-s", script.toString()));
    }
    command.add(url.toString());
    ExternalCommand.Outcome outcome =
        commands.run(name, command, Map.of(), Duration.ofSeconds(seconds + 60));
    if (!outcome.succeeded()) {
      throw new IOException("wrk failed (exit " + outcome.exitCode() + "): " + outcome.stderr());
    }
    return WrkResult.parse(outcome.stdout());
  }
}
