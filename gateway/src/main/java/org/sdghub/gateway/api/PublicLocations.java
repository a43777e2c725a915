package org.sdghub.gateway.api;

import jakarta.inject.Provider;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import java.util.Optional;
import org.sdghub.gateway.config.GatewayConfig;

/**
 * The {@code Location} of the gateway's own responses: JAX-RS makes it absolute with the request's
 * {@code Host}, which the caller chooses; here it becomes the configured public URL's, or a path.
 */
@jakarta.ws.rs.ext.Provider
public class PublicLocations implements ContainerResponseFilter {

  // REST filters are made while the application is built; its configuration is read when used.
  private final Provider<GatewayConfig> config;

  PublicLocations(Provider<GatewayConfig> config) {
    this.config = config;
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
    if (location == null) {
      return;
    }
    URI uri = URI.create(location.toString());
    if (!uri.isAbsolute()) {
      return;
    }
    String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    Optional<URI> publicUrl = config.get().publicUrl();
    String origin =
        publicUrl.map(url -> url.getScheme() + "://" + url.getRawAuthority()).orElse("");
    response.getHeaders().putSingle(HttpHeaders.LOCATION, origin + path);
  }
}
