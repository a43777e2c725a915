package org.sdghub.platform.internal.events;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The service's supervised background workers, by name: the outbox relay and the inbox consumer
 * start theirs here, and the health checks read their states.
 */
@ApplicationScoped
public class Workers {

  private final SupervisionSettings settings;
  private final Map<String, SupervisedWorker> workers = new ConcurrentHashMap<>();

  Workers(EventsConfig config) {
    this.settings = SupervisionSettings.of(config.workers());
  }

  /**
   * Starts a worker from {@code factory} under supervision, in place of any stopped one of the same
   * name; what the first start throws propagates and nothing is registered.
   */
  public SupervisedWorker supervise(String name, Supplier<? extends Worker> factory) {
    SupervisedWorker supervised = new SupervisedWorker(name, factory, settings);
    supervised.start();
    SupervisedWorker previous = workers.put(name, supervised);
    if (previous != null) {
      previous.stop(java.time.Duration.ofSeconds(30));
    }
    return supervised;
  }

  /** Every worker's status, by name. */
  public List<WorkerStatus> statuses() {
    return workers.values().stream()
        .map(SupervisedWorker::status)
        .sorted(java.util.Comparator.comparing(WorkerStatus::name))
        .toList();
  }

  /** Forgets a stopped worker (tests that supervise workers of their own clean up with it). */
  public void forget(String name) {
    SupervisedWorker removed = workers.remove(name);
    if (removed != null) {
      removed.stop(java.time.Duration.ofSeconds(30));
    }
  }
}
