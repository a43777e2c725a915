package org.sdghub.bench;

/** A command line the bench cannot act on; the message says what is wrong with it. */
final class UsageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
