package org.sdghub.e2e;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.sdghub.client.ApiClient;
import org.sdghub.client.ApiException;
import org.sdghub.client.api.ProjectsApi;
import org.sdghub.client.model.ProjectRequest;
import org.sdghub.client.model.ProjectView;

/**
 * A partner agency's system reporting one project after another in the background, as a client that
 * keeps trying: a write the API does not acknowledge (a 5xx, or no answer at all) is sent again,
 * with the same body and Idempotency-Key, until it is; then the next one.
 */
final class PartnerWrites {

  private static final Duration BACK_OFF = Duration.ofMillis(250);

  private final ApiClient client;
  private final UUID agency;
  private final UUID donor;
  private final String area;
  private final String run;
  private final Map<String, ProjectView> acknowledged = new ConcurrentHashMap<>();
  private final AtomicInteger unacknowledged = new AtomicInteger();
  private final AtomicInteger replayed = new AtomicInteger();
  private final AtomicInteger sequence = new AtomicInteger();
  private volatile boolean running;
  private volatile Throwable failure;
  private Thread thread;

  PartnerWrites(ApiClient client, UUID agency, UUID donor, String area, String run) {
    this.client = client;
    this.agency = agency;
    this.donor = donor;
    this.area = area;
    this.run = run;
  }

  /** The first write, once projects-service knows the organisations it names. */
  void writeFirst() throws ApiException {
    int n = sequence.incrementAndGet();
    acknowledged.put(key(n), Hub.createProject(client, request(n), key(n)));
  }

  void startInBackground() {
    running = true;
    thread = new Thread(this::writeUntilStopped, "e2e-partner-writes");
    thread.setDaemon(true);
    thread.start();
  }

  /** Ends the background writes after the one in progress is acknowledged. */
  void stop() throws InterruptedException {
    running = false;
    if (thread != null) {
      thread.join(TimeUnit.SECONDS.toMillis(90));
      if (thread.isAlive()) {
        throw new AssertionError("a write was still not acknowledged after 90 s");
      }
    }
    if (failure != null) {
      throw new AssertionError("a write was refused: " + failure, failure);
    }
  }

  void awaitAcknowledged(int count) {
    await(count + " acknowledged writes")
        .atMost(Hub.PROPAGATION)
        .until(() -> failure != null || acknowledged.size() >= count);
  }

  void awaitUnacknowledged(int count) {
    await(count + " unacknowledged writes")
        .atMost(Hub.PROPAGATION)
        .until(() -> failure != null || unacknowledged.get() >= count);
  }

  int unacknowledgedCount() {
    return unacknowledged.get();
  }

  int acknowledgedCount() {
    return acknowledged.size();
  }

  /** How many answers were a first answer replayed for a retry. */
  int replayed() {
    return replayed.get();
  }

  /** Every acknowledged write's answer, by Idempotency-Key. */
  Map<String, ProjectView> all() {
    return Map.copyOf(acknowledged);
  }

  private void writeUntilStopped() {
    while (running && failure == null) {
      int n = sequence.incrementAndGet();
      try {
        acknowledged.put(key(n), untilAcknowledged(request(n), key(n)));
      } catch (ApiException | RuntimeException e) {
        failure = e;
      }
    }
  }

  private ProjectView untilAcknowledged(ProjectRequest request, String key) throws ApiException {
    while (true) {
      try {
        var answer =
            new ProjectsApi(client)
                .createProjectWithHttpInfo(
                    ProjectsApi.APICreateProjectRequest.newBuilder()
                        .projectRequest(request)
                        .idempotencyKey(key)
                        .build());
        if (answer.getHeaders().containsKey("idempotent-replayed")) {
          replayed.incrementAndGet();
        }
        return answer.getData();
      } catch (ApiException e) {
        if (e.getCode() != 0 && e.getCode() < 500) {
          throw e;
        }
        unacknowledged.incrementAndGet();
        // A client's back-off before it tries again, not a wait for a result.
        LockSupport.parkNanos(BACK_OFF.toNanos());
      }
    }
  }

  private String key(int n) {
    return "e2e-crash-" + run + "-" + n;
  }

  private ProjectRequest request(int n) {
    return Scenarios.waterProject(
        "XM-CRASH-" + run + "-" + n,
        agency,
        donor,
        "KG",
        area,
        LocalDate.of(2025, 1, 1),
        LocalDate.of(2026, 12, 31),
        "50000.00");
  }
}
