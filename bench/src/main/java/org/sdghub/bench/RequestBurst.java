package org.sdghub.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A short closed-loop load: a fixed number of the same request from a few clients, each waiting for
 * its answer before sending the next, so that a freshly started service has served real traffic
 * before its memory is read. Any answer but {@code 200} fails the burst: a service answering {@code
 * 401} has not done the work.
 */
final class RequestBurst {

  private RequestBurst() {}

  /** Sends {@code requests} copies of {@code request} from {@code clients}; returns requests/s. */
  static double run(HttpRequest request, int requests, int clients)
      throws IOException, InterruptedException {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    AtomicInteger left = new AtomicInteger(requests);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long started = System.nanoTime();
    try {
      List<Future<Void>> workers = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        workers.add(
            pool.submit(
                () -> {
                  while (left.getAndDecrement() > 0) {
                    HttpResponse<String> answer =
                        http.send(request, HttpResponse.BodyHandlers.ofString());
                    if (answer.statusCode() != 200) {
                      throw new IOException(
                          request.uri()
                              + " answered "
                              + answer.statusCode()
                              + ": "
                              + answer.body());
                    }
                  }
                  return null;
                }));
      }
      for (Future<Void> worker : workers) {
        worker.get();
      }
    } catch (ExecutionException e) {
      throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return requests / ((System.nanoTime() - started) / 1e9);
  }
}
