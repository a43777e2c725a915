package org.sdghub.platform.internal.http;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.sdghub.platform.IfMatch;
import org.sdghub.platform.Versioned;

/**
 * Puts a strong {@code ETag} from the version on every response whose body is {@link Versioned}.
 */
public class ETagResponseFilter {

  @ServerResponseFilter
  public void tag(ContainerResponseContext response) {
    if (response.getEntity() instanceof Versioned versioned
        && !response.getHeaders().containsKey(HttpHeaders.ETAG)) {
      response.getHeaders().putSingle(HttpHeaders.ETAG, IfMatch.etagOf(versioned.version()));
    }
  }
}
