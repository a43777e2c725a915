package org.sdghub.funding.service;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.sdghub.funding.config.WebhooksConfig;
import org.sdghub.funding.repository.ClaimedMessage;

/**
 * One instance's delivery loop: claims due messages as long as it has free slots, hands each to a
 * thread of its own, and otherwise waits for a wake-up, for the next due retry, or for the poll
 * interval. Several dispatchers (of one instance or of several) share the queue safely.
 */
public final class DeliveryDispatcher {

  private static final Logger LOG = Logger.getLogger(DeliveryDispatcher.class);

  // When a message is due now but was not claimable (another instance is claiming it).
  private static final Duration SHORTEST = Duration.ofMillis(10);

  private final DeliveryWork work;
  private final DispatchSignal signal;
  private final Duration pollInterval;
  private final int concurrency;
  private final String instance = "dispatcher-" + UUID.randomUUID();
  private final Semaphore slots;
  private ExecutorService senders;
  private Thread loop;
  private volatile boolean running;

  public DeliveryDispatcher(DeliveryWork work, DispatchSignal signal, WebhooksConfig config) {
    this.work = work;
    this.signal = signal;
    this.pollInterval = config.dispatcher().pollInterval();
    this.concurrency = config.dispatcher().concurrency();
    this.slots = new Semaphore(concurrency);
  }

  /** Starts delivering. */
  public synchronized void start() {
    if (running) {
      return;
    }
    running = true;
    senders = Executors.newFixedThreadPool(concurrency, r -> daemon(r, instance + "-sender"));
    loop = daemon(this::run, instance);
    loop.start();
  }

  /** Stops claiming, and waits up to {@code grace} for the attempts under way to be recorded. */
  public synchronized void stop(Duration grace) {
    if (!running) {
      return;
    }
    running = false;
    signal.wake();
    try {
      loop.join(grace.toMillis());
      senders.shutdown();
      senders.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void run() {
    while (running) {
      long seen = signal.generation();
      try {
        if (!claimAndSend()) {
          signal.await(seen, pause());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        LOG.warnf(e, "Webhook dispatcher %s failed a round; trying again", instance);
        pauseAfterFailure();
      }
    }
  }

  /** Answers whether it claimed anything (then it looks again at once). */
  private boolean claimAndSend() {
    int free = slots.availablePermits();
    if (free == 0) {
      return false;
    }
    List<ClaimedMessage> claimed = work.claim(free, instance);
    for (ClaimedMessage message : claimed) {
      slots.acquireUninterruptibly();
      senders.execute(() -> attempt(message));
    }
    return !claimed.isEmpty();
  }

  private void attempt(ClaimedMessage message) {
    try {
      work.attempt(message, instance);
    } catch (RuntimeException e) {
      // The lease runs out and the message is tried again; nothing is lost.
      LOG.warnf(e, "Webhook message %s: the attempt could not be recorded", message.webhookId());
    } finally {
      slots.release();
      signal.wake();
    }
  }

  private Duration pause() {
    if (slots.availablePermits() == 0) {
      return pollInterval;
    }
    return work.untilNextDue()
        .filter(due -> due.compareTo(pollInterval) < 0)
        .map(due -> due.plusMillis(1).compareTo(SHORTEST) < 0 ? SHORTEST : due.plusMillis(1))
        .orElse(pollInterval);
  }

  private void pauseAfterFailure() {
    try {
      signal.await(signal.generation(), pollInterval);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Thread daemon(Runnable runnable, String name) {
    Thread thread = new Thread(runnable, name);
    thread.setDaemon(true);
    return thread;
  }
}
