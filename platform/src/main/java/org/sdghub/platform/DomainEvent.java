package org.sdghub.platform;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a service publishes about one of its aggregates, handed to {@link Outbox#append}; the
 * platform wraps it in a CloudEvent.
 *
 * @param type the event type, a past-tense fact with a version, such as {@code
 *     org.sdghub.project.created.v1}; its data must match {@code events/<type>.schema.json}
 * @param aggregateId the aggregate the event is about: the CloudEvent's {@code subject} and the
 *     Kafka key, so that one aggregate's events stay in order
 * @param sequence the aggregate's version after the change (0 or more, growing with each change):
 *     consumers ignore an event whose sequence is not newer than the one they hold
 * @param data the full new state of the aggregate, a Jackson-serialisable record (never a JPA
 *     entity)
 */
public record DomainEvent(String type, String aggregateId, long sequence, Object data) {

  private static final Pattern TYPE = Pattern.compile("[a-z0-9]+(?:[.-][a-z0-9]+)*\\.v[0-9]+");

  public DomainEvent {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(aggregateId, "aggregateId");
    Objects.requireNonNull(data, "data");
    if (!TYPE.matcher(type).matches()) {
      throw new IllegalArgumentException(
          "Event type must be lower-case, dot-separated and end with a version, like"
              + " org.sdghub.project.created.v1: "
              + type);
    }
    if (aggregateId.isBlank()) {
      throw new IllegalArgumentException("aggregateId must not be blank");
    }
    if (sequence < 0) {
      throw new IllegalArgumentException("sequence must be 0 or more: " + sequence);
    }
  }
}
