package org.sdghub.platform.internal.problem;

import java.util.Map;

/**
 * The problems the HTTP layer itself raises (unknown route, wrong method, unsupported media type…),
 * by status, with a detail that tells the client what to change.
 */
public final class StatusProblems {

  private record Kind(String slug, String title, String detail) {}

  private static final Map<Integer, Kind> KINDS =
      Map.ofEntries(
          Map.entry(400, new Kind("bad-request", "Bad request", "The request is not valid.")),
          Map.entry(
              401,
              new Kind(
                  "unauthorized",
                  "Authentication required",
                  "This request needs a valid bearer token from the SDG Hub gateway.")),
          Map.entry(
              403, new Kind("forbidden", "Forbidden", "The caller may not make this request.")),
          Map.entry(
              404,
              new Kind("not-found", "Resource not found", "Nothing is found at this address.")),
          Map.entry(
              405,
              new Kind(
                  "method-not-allowed",
                  "Method not allowed",
                  "This resource does not accept this HTTP method; see the Allow header.")),
          Map.entry(
              406,
              new Kind(
                  "not-acceptable",
                  "Not acceptable",
                  "This resource cannot answer in a media type the Accept header allows;"
                      + " ask for application/json.")),
          Map.entry(
              409,
              new Kind("conflict", "Conflict with the current state", "The request conflicts.")),
          Map.entry(
              413,
              new Kind(
                  "payload-too-large", "Request body too large", "The request body is too large.")),
          Map.entry(
              500,
              new Kind("internal-error", "Internal error", "The request failed on the server.")),
          Map.entry(
              503, new Kind("service-unavailable", "Service unavailable", "Please retry later.")),
          Map.entry(
              415,
              new Kind(
                  "unsupported-media-type",
                  "Unsupported media type",
                  "This resource does not accept this Content-Type; send application/json.")));

  private StatusProblems() {}

  /** The problem for an HTTP status; statuses without a kind of their own get a generic one. */
  public static Problem forStatus(int status) {
    Kind kind = KINDS.get(status);
    if (kind != null) {
      return Problem.of(status, kind.slug(), kind.title(), kind.detail());
    }
    if (status >= 500) {
      return Problem.of(status, "server-error", "Server error", "Please retry later.");
    }
    return Problem.of(status, "client-error", "Request refused", "The request was refused.");
  }
}
