package org.sdghub.bench;

import java.time.Duration;

/**
 * One start of one application.
 *
 * @param ready from process start to the first {@code 200} of {@code /q/health/ready}
 * @param firstRead from process start to the first {@code 200} of the real read, sent once ready
 * @param atReady memory right after that first read
 * @param afterLoad memory after the short load
 * @param loadRate requests per second of the load, for context
 */
record StartupSample(
    Duration ready, Duration firstRead, ProcStatus atReady, ProcStatus afterLoad, double loadRate) {

  double readyMs() {
    return ready.toNanos() / 1e6;
  }

  double firstReadMs() {
    return firstRead.toNanos() / 1e6;
  }
}
