package org.sdghub.gateway.api;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.sdghub.gateway.domain.InvalidApiKey;

/**
 * Answers a refused key on the gateway's own REST endpoints with the same 401 as on the proxied
 * routes: the platform's wording speaks of the internal token, which callers here never see.
 */
public class AuthenticationProblems {

  /** Ahead of the platform's mappers for the same exceptions. */
  private static final int PRIORITY = Priorities.USER - 200;

  private final ProblemReplies replies;

  AuthenticationProblems(ProblemReplies replies) {
    this.replies = replies;
  }

  @ServerExceptionMapper(priority = PRIORITY)
  public Response failed(AuthenticationFailedException e, UriInfo uri) {
    return invalidKey(uri);
  }

  @ServerExceptionMapper(priority = PRIORITY)
  public Response missing(UnauthorizedException e, UriInfo uri) {
    return invalidKey(uri);
  }

  private Response invalidKey(UriInfo uri) {
    InvalidApiKey problem = new InvalidApiKey();
    return Response.status(problem.status())
        .type(ProblemReplies.MEDIA_TYPE)
        .header("WWW-Authenticate", "Bearer")
        .entity(replies.bytes(problem, uri.getRequestUri().getRawPath()))
        .build();
  }
}
