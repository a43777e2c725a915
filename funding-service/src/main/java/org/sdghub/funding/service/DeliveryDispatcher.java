package org.sdghub.funding.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;
import org.sdghub.funding.client.WebhookHttpClient.Answer;
import org.sdghub.funding.config.WebhooksConfig;
import org.sdghub.funding.repository.ClaimedMessage;

/**
 * One instance's delivery loop: claims the due messages (the first of each queue) many at a time,
 * sends them without waiting with at most {@code dispatcher.concurrency} requests in flight, and
 * records their outcomes many to a transaction as they come; otherwise it waits for a wake-up, for
 * the next due retry, or for the poll interval. Several dispatchers (of one instance or of several)
 * share the queue safely.
 */
public final class DeliveryDispatcher {

  private static final Logger LOG = Logger.getLogger(DeliveryDispatcher.class);

  // When a message is due now but was not claimable (another instance is claiming it).
  private static final Duration SHORTEST = Duration.ofMillis(10);
  // Claimed messages held per request allowed in flight: enough to keep every slot busy while the
  // outcomes of the last ones are being written and the next ones claimed.
  private static final int HELD_PER_SLOT = 8;
  private static final int MOST_PER_RECORD = 500;
  // A message is sent only while its lease still covers the whole attempt, with this to spare.
  private static final Duration LEASE_MARGIN = Duration.ofSeconds(1);

  private final DeliveryWork work;
  private final DispatchSignal signal;
  private final Duration pollInterval;
  private final Duration timeout;
  private final int concurrency;
  private final int mostHeld;
  private final String instance = "dispatcher-" + UUID.randomUUID();
  private final Semaphore inFlight;
  // Claimed and not yet recorded: sent, waiting to be sent, or waiting for its outcome's commit.
  private final AtomicInteger held = new AtomicInteger();
  private final BlockingQueue<Outcome> outcomes = new LinkedBlockingQueue<>();
  private ExecutorService senders;
  private Thread loop;
  private Thread recorder;
  private volatile boolean running;

  /** What became of one claimed message: an answer, or not sent at all. */
  private record Outcome(ClaimedMessage message, Answer answer, Duration took) {
    boolean sent() {
      return answer != null;
    }
  }

  public DeliveryDispatcher(DeliveryWork work, DispatchSignal signal, WebhooksConfig config) {
    this.work = work;
    this.signal = signal;
    this.pollInterval = config.dispatcher().pollInterval();
    this.timeout = config.timeout();
    this.concurrency = config.dispatcher().concurrency();
    this.mostHeld = concurrency * HELD_PER_SLOT;
    this.inFlight = new Semaphore(concurrency);
  }

  /** Starts delivering. */
  public synchronized void start() {
    if (running) {
      return;
    }
    running = true;
    // Checking an address may wait for a name lookup: done on these threads, never on the loop's.
    senders = Executors.newFixedThreadPool(concurrency, r -> daemon(r, instance + "-sender"));
    recorder = daemon(this::recordOutcomes, instance + "-recorder");
    loop = daemon(this::run, instance);
    recorder.start();
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
      long deadline = System.nanoTime() + grace.toNanos();
      loop.join(grace.toMillis());
      recorder.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
      recorder.interrupt();
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
    int free = mostHeld - held.get();
    if (free <= 0) {
      return false;
    }
    long claimedAt = System.nanoTime();
    List<ClaimedMessage> claimed = work.claim(free, instance);
    held.addAndGet(claimed.size());
    long leaseEnds = claimedAt + work.lease().toNanos();
    for (ClaimedMessage message : claimed) {
      senders.execute(() -> send(message, leaseEnds));
    }
    return !claimed.isEmpty();
  }

  private void send(ClaimedMessage message, long leaseEnds) {
    inFlight.acquireUninterruptibly();
    long started = System.nanoTime();
    if (!running || started + timeout.plus(LEASE_MARGIN).toNanos() > leaseEnds) {
      // Stopping, or the answer could come after the lease ended, when another instance may have
      // claimed the message: it goes back to the queue unsent.
      inFlight.release();
      outcomes.add(new Outcome(message, null, Duration.ZERO));
      return;
    }
    try {
      work.send(message)
          .whenComplete(
              (answer, failure) -> {
                inFlight.release();
                Answer got =
                    answer != null
                        ? answer
                        : new Answer(null, null, null, "not sent: " + failure.getMessage());
                outcomes.add(
                    new Outcome(message, got, Duration.ofNanos(System.nanoTime() - started)));
              });
    } catch (RuntimeException e) {
      // The lease runs out and the message is tried again; nothing is lost.
      inFlight.release();
      held.decrementAndGet();
      LOG.warnf(e, "Webhook message %s could not be sent", message.webhookId());
    }
  }

  /** Writes the outcomes that came in, as many as there are, in one transaction each time. */
  private void recordOutcomes() {
    while (running || held.get() > 0) {
      Outcome first;
      try {
        first = outcomes.poll(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      if (first == null) {
        continue;
      }
      List<Outcome> batch = new ArrayList<>();
      batch.add(first);
      outcomes.drainTo(batch, MOST_PER_RECORD - 1);
      record(batch);
      held.addAndGet(-batch.size());
      signal.wake();
    }
  }

  private void record(List<Outcome> batch) {
    List<DeliveryOutcomes.Attempt> attempts = new ArrayList<>();
    List<ClaimedMessage> unsent = new ArrayList<>();
    for (Outcome outcome : batch) {
      if (outcome.sent()) {
        attempts.add(
            new DeliveryOutcomes.Attempt(outcome.message(), outcome.answer(), outcome.took()));
      } else {
        unsent.add(outcome.message());
      }
    }
    try {
      work.record(attempts, unsent, instance);
    } catch (RuntimeException e) {
      // The leases run out and the messages are tried again; nothing is lost.
      LOG.warnf(e, "Webhook dispatcher %s could not record %d outcomes", instance, batch.size());
    }
  }

  private Duration pause() {
    if (held.get() >= mostHeld) {
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
