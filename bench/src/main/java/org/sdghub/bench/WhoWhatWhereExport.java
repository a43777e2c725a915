package org.sdghub.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The whole read model exported as CSV through the gateway, read as it streams, while the gateway's
 * heap is sampled from its metrics: an export that streams row by row keeps the heap where it was,
 * however many rows it sends; one that collected the rows first would grow with them.
 */
final class WhoWhatWhereExport {

  private static final String EXPORT = "/api/v1/who-what-where?format=csv";

  private final HttpClient http;
  private final PrintStream out;
  private final PrintStream progress;

  WhoWhatWhereExport(HttpClient http, PrintStream out, PrintStream progress) {
    this.http = http;
    this.out = out;
    this.progress = progress;
  }

  void measure(URI gateway, URI management, String key, long rows)
      throws IOException, InterruptedException {
    progress.println("exporting every row as CSV");
    long before = heapUsed(management);
    AtomicLong peak = new AtomicLong(before);
    AtomicBoolean exporting = new AtomicBoolean(true);
    Thread sampler =
        new Thread(
            () -> {
              while (exporting.get()) {
                try {
                  peak.accumulateAndGet(heapUsed(management), Math::max);
                  Thread.sleep(200);
                } catch (IOException e) {
                  // A missed sample.
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "bench-heap-sampler");
    sampler.start();
    long lines = 0;
    long bytes = 0;
    long started = System.nanoTime();
    try {
      HttpResponse<InputStream> response =
          http.send(
              HttpRequest.newBuilder(gateway.resolve(EXPORT))
                  .header("Authorization", key)
                  .timeout(Duration.ofMinutes(10))
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofInputStream());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("The export failed: " + response.statusCode());
      }
      byte[] buffer = new byte[1 << 16];
      try (InputStream body = response.body()) {
        for (int n; (n = body.read(buffer)) > 0; ) {
          bytes += n;
          for (int i = 0; i < n; i++) {
            if (buffer[i] == '\n') {
              lines++;
            }
          }
        }
      }
    } finally {
      exporting.set(false);
      sampler.join(5_000);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    // The header and the HXL hashtag row come before the rows.
    long exported = lines - 2;
    out.printf(
        "%nGET %s: %d rows (of %d in the read model), %s MB in %s s (%s rows/s);"
            + " the gateway's heap: %s MB used before, at most %s MB while exporting (its limit"
            + " 512 MB)%n",
        EXPORT,
        exported,
        rows,
        Fmt.oneDecimal(bytes / 1e6),
        Fmt.oneDecimal(seconds),
        Fmt.whole(exported / seconds),
        Fmt.whole(before / 1e6),
        Fmt.whole(peak.get() / 1e6));
  }

  /** The heap in use as the gateway's metrics report it (jvm_memory_used_bytes, area heap). */
  private long heapUsed(URI management) throws IOException, InterruptedException {
    HttpResponse<String> metrics =
        http.send(
            HttpRequest.newBuilder(management.resolve("/q/metrics")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    double used = 0;
    for (String line : metrics.body().split("\n")) {
      if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
        used += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
      }
    }
    return (long) used;
  }
}
