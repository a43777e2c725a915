package org.sdghub.platform.internal.problem;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.sdghub.platform.FieldError;
import org.sdghub.platform.ProblemException;

/**
 * Maps every exception that reaches the REST layer to a problem response, once for all services:
 * domain problems, Bean Validation, the HTTP layer's own errors, security, and anything else (500).
 */
public class ProblemMappers {

  /** Ahead of the mappers Quarkus ships for the same exceptions. */
  private static final int PRIORITY = Priorities.USER - 100;

  /** Headers of a framework error response that still mean something on the problem. */
  private static final Set<String> KEPT_HEADERS =
      Set.of(HttpHeaders.ALLOW, HttpHeaders.RETRY_AFTER, HttpHeaders.WWW_AUTHENTICATE);

  /** RFC 6750: a 401 names the scheme the client should use. */
  private static final String BEARER = "Bearer";

  private final ProblemResponses responses;
  private final UnexpectedErrors unexpected;

  ProblemMappers(ProblemResponses responses, UnexpectedErrors unexpected) {
    this.responses = responses;
    this.unexpected = unexpected;
  }

  @ServerExceptionMapper(priority = PRIORITY)
  public Response problem(ProblemException e, UriInfo uri) {
    Response.ResponseBuilder response = responses.builder(Problem.of(e), path(uri));
    if (e.status() == 401) {
      response.header(HttpHeaders.WWW_AUTHENTICATE, BEARER);
    }
    return response.build();
  }

  @ServerExceptionMapper(priority = PRIORITY)
  public Response violations(ConstraintViolationException e, UriInfo uri, Request request) {
    Set<ConstraintViolation<?>> violations = e.getConstraintViolations();
    if (violations.stream().anyMatch(v -> FieldPaths.isReturnValue(v.getPropertyPath()))) {
      // The server produced an invalid response: that is its bug, not the client's.
      return unexpected.handle(e, request.getMethod(), path(uri));
    }
    List<FieldError> errors =
        violations.stream()
            .map(v -> new FieldError(FieldPaths.of(v.getPropertyPath()), v.getMessage()))
            .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
            .toList();
    String detail =
        errors.size() == 1 ? "1 field is not valid." : errors.size() + " fields are not valid.";
    return responses.of(Problem.invalidInput(detail, errors), path(uri));
  }

  @ServerExceptionMapper(priority = PRIORITY)
  public Response validationBug(ValidationException e, UriInfo uri, Request request) {
    return unexpected.handle(e, request.getMethod(), path(uri));
  }

  @ServerExceptionMapper(priority = PRIORITY)
  public Response webApplication(WebApplicationException e, UriInfo uri, Request request) {
    Response original = e.getResponse();
    if (original.getStatus() < 400) {
      return original;
    }
    if (original.getStatus() == 500) {
      // Thrown by the framework when it fails (no writer, for example): log it like any bug.
      return unexpected.handle(e, request.getMethod(), path(uri));
    }
    Problem problem = StatusProblems.forStatus(original.getStatus());
    if (isMeantForClients(e)) {
      problem = problem.withDetail(e.getMessage());
    }
    Response.ResponseBuilder response = responses.builder(problem, path(uri));
    for (String header : KEPT_HEADERS) {
      Object value = original.getHeaders().getFirst(header);
      if (value != null) {
        response.header(header, value);
      }
    }
    return response.build();
  }

  @ServerExceptionMapper(
      value = {UnauthorizedException.class, AuthenticationFailedException.class},
      priority = PRIORITY)
  public Response unauthenticated(UriInfo uri) {
    return responses
        .builder(StatusProblems.forStatus(401), path(uri))
        .header(HttpHeaders.WWW_AUTHENTICATE, BEARER)
        .build();
  }

  @ServerExceptionMapper(priority = PRIORITY)
  public Response forbidden(ForbiddenException e, UriInfo uri) {
    return responses.of(StatusProblems.forStatus(403), path(uri));
  }

  @ServerExceptionMapper(priority = PRIORITY)
  public Response unexpected(Throwable e, UriInfo uri, Request request) {
    return unexpected.handle(e, request.getMethod(), path(uri));
  }

  /**
   * A message that code gave a {@link WebApplicationException} explicitly is written for the
   * client; JAX-RS's own ("HTTP 404 Not Found") says nothing new, and one wrapping a cause may
   * quote internals.
   */
  private static boolean isMeantForClients(WebApplicationException e) {
    String message = e.getMessage();
    return message != null && !message.startsWith("HTTP ") && e.getCause() == null;
  }

  private static String path(UriInfo uri) {
    return uri.getRequestUri().getRawPath();
  }
}
