package org.sdghub.platform.internal.idempotency;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.sdghub.platform.Idempotent;
import org.sdghub.platform.InvalidInput;

/**
 * Reads the {@code Idempotency-Key} of a POST, checks it, and fingerprints the request (method,
 * path with query, body bytes) for the {@link IdempotencyInterceptor} around the resource method.
 */
public class IdempotencyKeyFilter {

  /** Long enough for any UUID or ULID a client generates, short enough to index. */
  static final int MAX_KEY_LENGTH = 255;

  private final CurrentIdempotentRequest current;

  IdempotencyKeyFilter(CurrentIdempotentRequest current) {
    this.current = current;
  }

  @ServerRequestFilter
  public void readKey(ContainerRequestContext request, ResourceInfo resource) throws IOException {
    String key = request.getHeaderString(Idempotent.HEADER);
    if (key == null || !HttpMethod.POST.equals(request.getMethod())) {
      return;
    }
    requireSupported(resource.getResourceMethod());
    if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !isVisibleAscii(key)) {
      throw new InvalidInput(
          Idempotent.HEADER, "must be 1 to " + MAX_KEY_LENGTH + " visible ASCII characters");
    }
    byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
    request.setEntityStream(new ByteArrayInputStream(body));
    String target = request.getUriInfo().getRequestUri().getRawPath();
    String query = request.getUriInfo().getRequestUri().getRawQuery();
    current.set(new IdempotentRequest(key, fingerprint(request.getMethod(), target, query, body)));
  }

  private static void requireSupported(Method method) {
    boolean idempotent =
        method.isAnnotationPresent(Idempotent.class)
            || method.getDeclaringClass().isAnnotationPresent(Idempotent.class);
    if (!idempotent) {
      // Ignoring the key would let the client believe a retry is safe when it is not.
      throw new InvalidInput(Idempotent.HEADER, "is not supported by this endpoint");
    }
  }

  private static boolean isVisibleAscii(String key) {
    return key.chars().allMatch(c -> c > 0x20 && c < 0x7f);
  }

  private static byte[] fingerprint(String method, String path, String query, byte[] body) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      String target = method + ' ' + path + (query == null ? "" : "?" + query) + '\n';
      sha.update(target.getBytes(StandardCharsets.UTF_8));
      return sha.digest(body);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JVM has SHA-256", e);
    }
  }
}
