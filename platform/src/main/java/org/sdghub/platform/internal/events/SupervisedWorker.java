package org.sdghub.platform.internal.events;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Keeps a background worker alive: when its loop ends on a failure (an {@link Error} included), a
 * fresh worker from the factory takes over after a back-off, so that a Kafka consumer, say, starts
 * again from its committed offsets rather than from wherever the failed one was. After {@code
 * maxRestarts} failures in a row it gives up and says so ({@link WorkerStatus.State#FAILED}), which
 * takes the service's liveness down, so that the orchestrator restarts the process. A worker that
 * ran longer than the longest back-off before failing was healthy: the count starts again.
 */
public final class SupervisedWorker {

  private static final Logger LOG = Logger.getLogger(SupervisedWorker.class);

  private final String name;
  private final Supplier<? extends Worker> factory;
  private final Backoff backoff;
  private final Duration healthyAfter;
  private final int maxRestarts;
  private final ScheduledExecutorService restarts;
  private Worker current;
  private Instant startedAt;
  private boolean stopped;
  private int failuresInARow;
  private volatile WorkerStatus.State state = WorkerStatus.State.STOPPED;
  private volatile int restartCount;
  private volatile String lastFailure;
  private volatile Instant lastFailureAt;
  private volatile Worker running;

  public SupervisedWorker(
      String name, Supplier<? extends Worker> factory, SupervisionSettings settings) {
    this.name = name;
    this.factory = factory;
    this.backoff = new Backoff(settings.restartBackoff(), settings.maxRestartBackoff());
    this.healthyAfter = settings.maxRestartBackoff();
    this.maxRestarts = settings.maxRestarts();
    this.restarts =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, name + "-supervisor");
              thread.setDaemon(true);
              return thread;
            });
  }

  public String name() {
    return name;
  }

  /**
   * Starts the first worker; what its start throws (a configuration the worker refuses, say)
   * propagates, so that the service does not start.
   */
  public synchronized void start() {
    if (stopped) {
      throw new IllegalStateException(name + " was stopped; supervise a new one");
    }
    launch();
  }

  /** Stops the worker (waiting up to {@code timeout}) and restarts no more. */
  public void stop(Duration timeout) {
    Worker stopping;
    synchronized (this) {
      stopped = true;
      state = WorkerStatus.State.STOPPED;
      stopping = current;
      current = null;
      running = null;
    }
    restarts.shutdownNow();
    if (stopping != null) {
      stopping.stop(timeout);
    }
  }

  /** Whether a worker runs now. */
  public boolean isRunning() {
    Worker worker = running;
    return worker != null && worker.isRunning();
  }

  /** The worker that runs now, if one does (tests look into it). */
  public Optional<Worker> current() {
    return Optional.ofNullable(running);
  }

  public WorkerStatus status() {
    Worker worker = running;
    return new WorkerStatus(
        name,
        state,
        restartCount,
        Optional.ofNullable(lastFailure),
        Optional.ofNullable(lastFailureAt),
        worker == null ? Optional.empty() : worker.problem(),
        worker == null ? Optional.empty() : worker.lastRoundAt());
  }

  private void launch() {
    Worker worker = factory.get();
    worker.onEnd(failure -> ended(worker, failure));
    current = worker;
    startedAt = Instant.now();
    try {
      worker.start();
    } catch (RuntimeException | Error e) {
      current = null;
      throw e;
    }
    running = worker;
    state = WorkerStatus.State.RUNNING;
  }

  private synchronized void ended(Worker worker, Throwable failure) {
    if (worker != current || stopped || failure == null) {
      return;
    }
    running = null;
    failed(failure);
  }

  private void failed(Throwable failure) {
    Instant now = Instant.now();
    if (Duration.between(startedAt, now).compareTo(healthyAfter) > 0) {
      failuresInARow = 0;
      backoff.reset();
    }
    failuresInARow++;
    lastFailure = failure.toString();
    lastFailureAt = now;
    if (failuresInARow > maxRestarts) {
      state = WorkerStatus.State.FAILED;
      LOG.errorf(
          "%s failed %d times in a row; not restarting it (liveness is down): %s",
          name, failuresInARow, failure);
      return;
    }
    state = WorkerStatus.State.RESTARTING;
    Duration pause = backoff.next();
    LOG.errorf("%s failed (%s); starting a new one in %d ms", name, failure, pause.toMillis());
    restarts.schedule(this::restart, pause.toMillis(), TimeUnit.MILLISECONDS);
  }

  private synchronized void restart() {
    if (stopped) {
      return;
    }
    restartCount++;
    try {
      launch();
    } catch (RuntimeException | Error e) {
      failed(e);
    }
  }
}
