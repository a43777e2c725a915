package org.sdghub.gateway.client;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.sdghub.gateway.config.GatewayConfig;

/**
 * Decides what a service learns from a forwarded request's headers: only the headers on the
 * configured allow-list, the gateway's token instead of the caller's key, the request id and where
 * the request came from; nothing the caller claims about its own identity or its address.
 */
@ApplicationScoped
public class ForwardedHeaders {

  /** The header that correlates a request across the gateway and the services. */
  public static final String REQUEST_ID = "X-Request-Id";

  /** Framing, which the proxy itself keeps consistent with the body it sends. */
  private static final Set<String> FRAMING = Set.of("content-length", "transfer-encoding");

  private final Set<String> allowed;

  ForwardedHeaders(GatewayConfig config) {
    this.allowed =
        config.proxy().forwardedHeaders().stream()
            .map(ForwardedHeaders::lower)
            .collect(Collectors.toUnmodifiableSet());
  }

  /** Rewrites the headers to be forwarded for this incoming request. */
  public void prepare(HttpServerRequest in, MultiMap headers, String token, String requestId) {
    Set<String> namedInConnection = connectionOptions(in);
    for (String name : List.copyOf(headers.names())) {
      String lower = lower(name);
      boolean kept =
          FRAMING.contains(lower) || allowed.contains(lower) && !namedInConnection.contains(lower);
      if (!kept) {
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

  /**
   * The headers the caller marked as hop-by-hop in {@code Connection}: never forwarded (RFC 9110).
   */
  private static Set<String> connectionOptions(HttpServerRequest in) {
    Set<String> names = new HashSet<>();
    for (String value : in.headers().getAll(HttpHeaders.CONNECTION)) {
      for (String option : value.split(",")) {
        if (!option.isBlank()) {
          names.add(lower(option.strip()));
        }
      }
    }
    return names;
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
