package org.sdghub.projects.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Answers the reference lists, which change only with a new release of the service: each list is
 * serialised once, tagged with a hash of its bytes ({@code ETag}), and may be kept by clients for
 * an hour ({@code Cache-Control: max-age=3600}); a request whose {@code If-None-Match} names the
 * current tag gets 304 without a body.
 */
@ApplicationScoped
class ReferenceCaching {

  static final int MAX_AGE_SECONDS = 3600;

  private final ObjectMapper json;
  private final Map<String, Tagged> responses = new ConcurrentHashMap<>();

  ReferenceCaching(ObjectMapper json) {
    this.json = json;
  }

  /**
   * The list under {@code key} (the path and its filters, spelled one way only: every key names a
   * list that exists, so the cache stays as small as the reference data); {@code list} builds it on
   * first use and throws the problem of a bad filter, which is then not cached.
   */
  Response respond(Request request, String key, Supplier<Object> list) {
    Tagged tagged = responses.computeIfAbsent(key, k -> tag(list.get()));
    CacheControl cache = new CacheControl();
    cache.setMaxAge(MAX_AGE_SECONDS);
    Response.ResponseBuilder unchanged = request.evaluatePreconditions(tagged.tag());
    Response.ResponseBuilder response =
        unchanged != null ? unchanged : Response.ok(tagged.body(), MediaType.APPLICATION_JSON_TYPE);
    return response.tag(tagged.tag()).cacheControl(cache).build();
  }

  private Tagged tag(Object list) {
    try {
      byte[] body = json.writeValueAsBytes(list);
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
      return new Tagged(body, new EntityTag(HexFormat.of().formatHex(hash, 0, 16)));
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("Cannot serialise a reference list", e);
    }
  }

  private record Tagged(byte[] body, EntityTag tag) {}
}
