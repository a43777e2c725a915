package org.sdghub.platform.testing.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sdghub.platform.ReceivedEvent;

/** Assertions on the order and multiplicity of the events read from a topic. */
final class EventOrder {

  private EventOrder() {}

  /**
   * Each aggregate's events, counting each id at its first arrival, came in increasing sequence
   * order: what a consumer that skips repeated ids sees.
   */
  static void assertInOrderPerAggregate(List<ReceivedEvent> events) {
    Set<String> seen = new HashSet<>();
    Map<String, Long> last = new HashMap<>();
    for (ReceivedEvent event : events) {
      if (!seen.add(event.id())) {
        continue;
      }
      Long previous = last.put(event.subject(), event.sequence());
      if (previous != null && previous >= event.sequence()) {
        fail(
            "Aggregate "
                + event.subject()
                + ": sequence "
                + event.sequence()
                + " arrived after "
                + previous);
      }
    }
  }

  /** Every event arrived exactly once. */
  static void assertEachOnce(List<ReceivedEvent> events, int expected) {
    long distinct = events.stream().map(ReceivedEvent::id).distinct().count();
    assertEquals(expected, distinct, "distinct events");
    assertEquals(expected, events.size(), "events, counting repeats");
  }
}
