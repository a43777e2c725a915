package org.sdghub.platform.internal.events;

import java.time.Duration;

/**
 * How a {@link SupervisedWorker} restarts its worker; see {@link EventsConfig.WorkerRestarts}.
 *
 * @param restartBackoff the pause before the first restart; it doubles with each failure in a row
 * @param maxRestartBackoff the longest pause, and how long a worker must run to count as healthy
 * @param maxRestarts restarts after failures in a row before it gives up
 */
public record SupervisionSettings(
    Duration restartBackoff, Duration maxRestartBackoff, int maxRestarts) {

  /** The settings of the service's configuration. */
  public static SupervisionSettings of(EventsConfig.WorkerRestarts workers) {
    return new SupervisionSettings(
        workers.restartBackoff(), workers.maxRestartBackoff(), workers.maxRestarts());
  }
}
