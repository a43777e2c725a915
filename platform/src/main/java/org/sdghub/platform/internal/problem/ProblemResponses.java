package org.sdghub.platform.internal.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;

/** Turns problems into {@code application/problem+json} responses, the only place that does. */
@ApplicationScoped
public class ProblemResponses {

  /** The media type of every error response. */
  public static final String MEDIA_TYPE = "application/problem+json";

  private final ObjectMapper json;

  ProblemResponses(ObjectMapper json) {
    this.json = json;
  }

  /** The response for a problem about the request at {@code path}. */
  public Response of(Problem problem, String path) {
    return builder(problem, path).build();
  }

  /** The same, for adding headers. */
  public Response.ResponseBuilder builder(Problem problem, String path) {
    return Response.status(problem.status()).type(MEDIA_TYPE).entity(bytes(problem, path));
  }

  /**
   * The body bytes: serialised here rather than by the negotiated writer so that a problem is
   * answered even when the client's Accept header excludes it.
   */
  public byte[] bytes(Problem problem, String path) {
    try {
      return json.writeValueAsBytes(problem.body(path));
    } catch (JsonProcessingException e) {
      // A map of strings, numbers and records always serialises; keep a last-resort body anyway.
      return ("{\"status\":" + problem.status() + "}").getBytes(StandardCharsets.UTF_8);
    }
  }
}
