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

  /** How long a caller is asked to wait when the database cannot take its request now. */
  static final String RETRY_AFTER_SECONDS = "1";

  /** The response for an exception no other mapping claimed. */
  public Response handle(Throwable error, String method, String path) {
    Problem problem = problemFor(error, method, path);
    Response.ResponseBuilder response = responses.builder(problem, path);
    if (problem.status() == 503) {
      response.header("Retry-After", RETRY_AFTER_SECONDS);
    }
    return response.build();
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
    if (DatabaseFailures.isUnavailable(error)) {
      // Overload or an outage, not a bug: the client may retry, and nothing was written.
      LOG.warnf(
          "Database unavailable for %s %s (%s); answered 503, correlation id %s",
          method, path, rootOf(error), correlationId);
      return Problem.of(
              503,
              "service-unavailable",
              "Service unavailable",
              "The service cannot reach its database now (all connections busy, or the database"
                  + " away); nothing was written. Retry after "
                  + RETRY_AFTER_SECONDS
                  + " second.")
          .with("correlationId", correlationId);
    }
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

  private static String rootOf(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.toString();
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
