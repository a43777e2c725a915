package org.sdghub.gateway.api;

import io.vertx.core.http.HttpServerRequest;
import java.util.UUID;
import java.util.regex.Pattern;
import org.sdghub.gateway.client.ForwardedHeaders;

/** The id that correlates one request across the gateway and the services. */
final class RequestIds {

  /** A caller's own id is kept when it is short and plain enough to log safely. */
  private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

  private RequestIds() {}

  /** The caller's id if acceptable, else a new one. */
  static String of(HttpServerRequest request) {
    String given = request.getHeader(ForwardedHeaders.REQUEST_ID);
    return given != null && ACCEPTABLE.matcher(given).matches()
        ? given
        : UUID.randomUUID().toString();
  }
}
