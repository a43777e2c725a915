package org.sdghub.gateway.client;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * A service behind the gateway: its name, where it runs, the public paths it serves, how long it
 * may stay silent, and where its management interface (its health) is.
 */
public record Upstream(
    String name, URI url, List<String> prefixes, Duration responseTimeout, URI managementUrl) {

  public Upstream {
    requireOrigin(name, url);
    requireOrigin(name, managementUrl);
    for (String prefix : prefixes) {
      if (!prefix.startsWith("/api/") || prefix.endsWith("/")) {
        throw new IllegalArgumentException(
            name + ": a prefix starts with /api/ and has no trailing slash: " + prefix);
      }
    }
    prefixes = List.copyOf(prefixes);
  }

  /** An upstream whose health is read at its own URL. */
  public Upstream(String name, URI url, List<String> prefixes, Duration responseTimeout) {
    this(name, url, prefixes, responseTimeout, url);
  }

  private static void requireOrigin(String name, URI url) {
    if (url.getHost() == null || !List.of("http", "https").contains(url.getScheme())) {
      throw new IllegalArgumentException(name + ": the URL needs http(s) and a host: " + url);
    }
    if (url.getRawPath() != null && !url.getRawPath().isEmpty() && !url.getRawPath().equals("/")) {
      throw new IllegalArgumentException(name + ": the URL takes no path: " + url);
    }
  }

  /** The host to connect to. */
  public String host() {
    return url.getHost();
  }

  /** The port to connect to, the scheme's default when the URL names none. */
  public int port() {
    if (url.getPort() != -1) {
      return url.getPort();
    }
    return isTls() ? 443 : 80;
  }

  /** Whether the connection uses TLS. */
  public boolean isTls() {
    return "https".equals(url.getScheme());
  }

  /** The service's origin as it appears in absolute URLs it sends back. */
  public String origin() {
    return url.getScheme() + "://" + url.getRawAuthority();
  }

  /** Whether a (normalised) request path belongs to this service. */
  public boolean serves(String path) {
    return served(prefixes, path);
  }

  /** Whether a (normalised) request path is one of these prefixes or below one of them. */
  public static boolean served(List<String> prefixes, String path) {
    return prefixes.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
  }
}
