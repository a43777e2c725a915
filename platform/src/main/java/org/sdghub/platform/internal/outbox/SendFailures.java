package org.sdghub.platform.internal.outbox;

import java.util.concurrent.ExecutionException;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.UnsupportedVersionException;

/**
 * Tells why a send failed, which decides what the relay does with the row: a failure of the record
 * itself will fail every time and ends with the row parked; a failure of the topic as a whole
 * (authorisation, an invalid name) fails every row alike, so parking would only empty the outbox
 * into the parked rows: those wait for the operator's fix with the longest back-off; anything else
 * (timeouts, not enough replicas, the broker away) is retried without limit.
 */
final class SendFailures {

  /** What the failure says about the row that failed. */
  enum Kind {
    /** Sending it again may work: broker away, timeout, not enough in-sync replicas, … */
    TRANSIENT,
    /** The broker will never accept this record: too large, not serialisable, invalid. */
    RECORD,
    /** The broker accepts no record for this topic from this service until someone acts. */
    TOPIC
  }

  private SendFailures() {}

  static Kind classify(Throwable failure) {
    Throwable cause = unwrap(failure);
    if (cause instanceof RecordTooLargeException
        || cause instanceof RecordBatchTooLargeException
        || cause instanceof SerializationException
        || cause instanceof InvalidRecordException) {
      return Kind.RECORD;
    }
    if (cause instanceof AuthorizationException
        || cause instanceof AuthenticationException
        || cause instanceof InvalidTopicException
        || cause instanceof UnsupportedVersionException) {
      return Kind.TOPIC;
    }
    return Kind.TRANSIENT;
  }

  /** The failure as an operator reads it: its class's simple name and message, no stack. */
  static String describe(Throwable failure) {
    Throwable cause = unwrap(failure);
    String message = cause.getMessage();
    return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  static Throwable unwrap(Throwable failure) {
    Throwable cause = failure;
    while (cause instanceof ExecutionException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }
}
