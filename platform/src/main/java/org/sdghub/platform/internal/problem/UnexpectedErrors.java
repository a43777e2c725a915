package org.sdghub.platform.internal.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.sdghub.platform.StaleVersion;

/**
 * Answers what nobody planned for with a 500 that tells the client nothing about the server (no
 * class name, message or stack trace) but a correlation id, under which the error is logged in
 * full.
 */
@ApplicationScoped
public class UnexpectedErrors {

  private static final Logger LOG = Logger.getLogger(UnexpectedErrors.class);

  private final ProblemResponses responses;

  UnexpectedErrors(ProblemResponses responses) {
    this.responses = responses;
  }

  /** The response for an exception no other mapping claimed. */
  public Response handle(Throwable error, String method, String path) {
    return responses.of(problemFor(error, method, path), path);
  }

  /** The problem for an exception no other mapping claimed, logged if it is a bug. */
  public Problem problemFor(Throwable error, String method, String path) {
    if (isConcurrentUpdate(error)) {
      // Two writers raced past their If-Match checks; the loser's transaction rolled back.
      return Problem.of(
          new StaleVersion(
              "The resource was changed by another request meanwhile; read it again."));
    }
    String correlationId = UUID.randomUUID().toString();
    LOG.errorf(error, "Unexpected error %s on %s %s", correlationId, method, path);
    return Problem.of(
            500,
            "internal-error",
            "Internal error",
            "The request failed on the server; quote correlation id "
                + correlationId
                + " when reporting it.")
        .with("correlationId", correlationId);
  }

  private static boolean isConcurrentUpdate(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
