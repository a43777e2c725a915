package org.sdghub.client;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.sdghub.client.model.Problem;

/**
 * Where the generated Java client starts: an {@link ApiClient} for a gateway that sends an API key
 * on every call, and the RFC 9457 problem carried by a failed call's {@link ApiException}.
 */
public final class SdgHub {

  private static final String PROBLEM_JSON = "application/problem+json";

  private SdgHub() {}

  /**
   * A client of the gateway at {@code gateway} (for example {@code http://localhost:8080}) sending
   * {@code Authorization: Bearer <apiKey>} with every request; pass it to the {@code *Api} classes.
   */
  public static ApiClient client(URI gateway, String apiKey) {
    Objects.requireNonNull(gateway, "gateway");
    if (apiKey == null || apiKey.isBlank()) {
      throw new IllegalArgumentException("an API key is needed: ask a coordinator for one");
    }
    ApiClient client = new ApiClient();
    client.updateBaseUri(gateway.toString().replaceAll("/+$", ""));
    client.setRequestInterceptor(request -> request.setHeader("Authorization", "Bearer " + apiKey));
    return client;
  }

  /** The problem the API answered with, if the failure is an answer in {@code problem+json}. */
  public static Optional<Problem> problem(ApiClient client, ApiException failure) {
    String body = failure.getResponseBody();
    if (body == null || body.isBlank() || !isProblem(failure)) {
      return Optional.empty();
    }
    try {
      return Optional.of(client.getObjectMapper().readValue(body, Problem.class));
    } catch (IOException notAProblem) {
      return Optional.empty();
    }
  }

  private static boolean isProblem(ApiException failure) {
    if (failure.getResponseHeaders() == null) {
      return false;
    }
    List<String> types = failure.getResponseHeaders().allValues("Content-Type");
    return types.stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).startsWith(PROBLEM_JSON));
  }
}
