package org.sdghub.platform.internal.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sdghub.platform.IfMatch;
import org.sdghub.platform.Versioned;

/**
 * Serialises a resource method's {@link Response} to the bytes that will be sent, so that exactly
 * those bytes can be stored and replayed.
 */
final class ResponseCapture {

  /** The headers that describe the result; others (dates, tracing) belong to one exchange only. */
  private static final List<String> KEPT =
      List.of(
          HttpHeaders.LOCATION,
          HttpHeaders.CONTENT_LOCATION,
          HttpHeaders.ETAG,
          HttpHeaders.LAST_MODIFIED,
          HttpHeaders.LINK);

  private ResponseCapture() {}

  static StoredResponse capture(Response response, ObjectMapper json) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (String name : KEPT) {
      List<String> values = response.getStringHeaders().get(name);
      if (values != null && !values.isEmpty()) {
        headers.put(name, List.copyOf(values));
      }
    }
    Object entity = response.getEntity();
    if (entity instanceof Versioned versioned && !headers.containsKey(HttpHeaders.ETAG)) {
      headers.put(HttpHeaders.ETAG, List.of(IfMatch.etagOf(versioned.version())));
    }
    byte[] body = bytes(entity, json);
    if (body.length > 0) {
      MediaType type = response.getMediaType();
      String contentType = type == null ? MediaType.APPLICATION_JSON : type.toString();
      headers.put(HttpHeaders.CONTENT_TYPE, List.of(contentType));
    }
    return new StoredResponse(response.getStatus(), headers, body);
  }

  private static byte[] bytes(Object entity, ObjectMapper json) {
    if (entity == null) {
      return new byte[0];
    }
    if (entity instanceof byte[] raw) {
      return raw;
    }
    if (entity instanceof String text) {
      return text.getBytes(StandardCharsets.UTF_8);
    }
    try {
      return json.writeValueAsBytes(entity);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The response of an idempotent request cannot be written", e);
    }
  }
}
