package org.sdghub.platform;

/**
 * A response body that carries its resource's version: the platform answers it with {@code ETag:
 * "<version>"}, the tag clients send back in {@code If-Match} (see {@link IfMatch}).
 */
public interface Versioned {

  /** The resource's version, incremented by every change (a JPA {@code @Version}, for example). */
  long version();
}
