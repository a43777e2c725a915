package org.sdghub.platform.internal.events;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a supervised worker is doing, as the health checks show it.
 *
 * @param name the worker's name
 * @param state running, waiting to be restarted after a failure, given up on, or stopped
 * @param restarts how many times it was restarted since it was started
 * @param lastFailure what ended it last, if anything did
 * @param lastFailureAt when
 * @param problem what keeps the running worker from doing its work (it goes on trying), if any
 * @param lastRoundAt when the running worker last finished a round
 */
public record WorkerStatus(
    String name,
    State state,
    int restarts,
    Optional<String> lastFailure,
    Optional<Instant> lastFailureAt,
    Optional<String> problem,
    Optional<Instant> lastRoundAt) {

  /** Where a supervised worker is in its life. */
  public enum State {
    RUNNING,
    RESTARTING,
    FAILED,
    STOPPED
  }

  /** Whether the worker is still alive or coming back: only one given up on is not. */
  public boolean live() {
    return state != State.FAILED;
  }

  /** The status as health check data: a flat map of names to texts. */
  public Map<String, String> describe() {
    Map<String, String> data = new LinkedHashMap<>();
    data.put("state", state.name().toLowerCase(java.util.Locale.ROOT));
    data.put("restarts", Integer.toString(restarts));
    lastFailure.ifPresent(failure -> data.put("lastFailure", failure));
    lastFailureAt.ifPresent(at -> data.put("lastFailureAt", at.toString()));
    problem.ifPresent(text -> data.put("problem", text));
    lastRoundAt.ifPresent(at -> data.put("lastRoundAt", at.toString()));
    return data;
  }
}
