package org.sdghub.gateway.client;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.sdghub.gateway.config.GatewayConfig;

/**
 * Decides what a service learns from a forwarded request's headers: the gateway's token instead of
 * the caller's key, the request id, where the request came from, and nothing the caller claims
 * about its own identity.
 */
@ApplicationScoped
public class ForwardedHeaders {

  /** The header that correlates a request across the gateway and the services. */
  public static final String REQUEST_ID = "X-Request-Id";

  private final Set<String> stripped;
  private final List<String> strippedPrefixes;

  ForwardedHeaders(GatewayConfig config) {
    this.stripped =
        config.proxy().strippedHeaders().stream()
            .map(ForwardedHeaders::lower)
            .collect(Collectors.toSet());
    this.strippedPrefixes =
        config.proxy().strippedHeaderPrefixes().stream().map(ForwardedHeaders::lower).toList();
  }

  /** Rewrites the headers to be forwarded for this incoming request. */
  public void prepare(HttpServerRequest in, MultiMap headers, String token, String requestId) {
    List<String> names = List.copyOf(headers.names());
    for (String name : names) {
      if (isStripped(lower(name))) {
        headers.remove(name);
      }
    }
    headers.set(HttpHeaders.AUTHORIZATION, "Bearer " + token);
    headers.set(REQUEST_ID, requestId);
    if (in.remoteAddress() != null) {
      headers.set("X-Forwarded-For", in.remoteAddress().hostAddress());
    }
    headers.set("X-Forwarded-Proto", in.scheme());
    HostAndPort authority = in.authority();
    if (authority != null) {
      headers.set("X-Forwarded-Host", authority.toString());
    }
  }

  private boolean isStripped(String lowerName) {
    return stripped.contains(lowerName)
        || strippedPrefixes.stream().anyMatch(lowerName::startsWith);
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
