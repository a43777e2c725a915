package org.sdghub.gateway.api;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.sdghub.gateway.client.ForwardedHeaders;
import org.sdghub.platform.ProblemException;

/**
 * Refuses, before routing, the API paths that mean different things to different parsers: an
 * encoded slash or backslash ({@code %2F}, {@code %5C}, {@code \}), an empty segment ({@code //}),
 * an encoded NUL, and percent-encodings that are not UTF-8 (such as the overlong {@code %C0%AE} for
 * a dot). No resource of SDG Hub has such a path, and what remains is routed exactly as the service
 * reads it: dot segments are resolved once, before routing, and nothing is decoded twice.
 */
@ApplicationScoped
public class PathScreen {

  private final ProblemReplies problems;

  PathScreen(ProblemReplies problems) {
    this.problems = problems;
  }

  void install(@Observes Router router) {
    router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 3).handler(this::screen);
  }

  private void screen(RoutingContext context) {
    String raw = context.request().path();
    if (raw == null || !raw.startsWith("/api/")) {
      context.next();
      return;
    }
    String fault = faultOf(raw);
    if (fault == null) {
      context.next();
      return;
    }
    context.response().putHeader(ForwardedHeaders.REQUEST_ID, RequestIds.of(context.request()));
    problems.send(context, new InvalidPath(fault));
  }

  /** What is wrong with this raw (still percent-encoded) path, or null. */
  static String faultOf(String raw) {
    String lower = raw.toLowerCase(Locale.ROOT);
    if (lower.contains("%2f") || lower.contains("%5c") || raw.indexOf('\\') >= 0) {
      return "The path contains an encoded slash or a backslash; no resource has one.";
    }
    if (raw.contains("//")) {
      return "The path contains an empty segment (//).";
    }
    if (lower.contains("%00")) {
      return "The path contains an encoded NUL.";
    }
    if (!decodesAsUtf8(raw)) {
      return "The path's percent-encoding is not UTF-8.";
    }
    return null;
  }

  private static boolean decodesAsUtf8(String raw) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        if (i + 2 >= raw.length()) {
          return false;
        }
        int high = Character.digit(raw.charAt(i + 1), 16);
        int low = Character.digit(raw.charAt(i + 2), 16);
        if (high < 0 || low < 0) {
          return false;
        }
        bytes.write(high * 16 + low);
        i += 2;
      } else if (c < 0x100) {
        // The request line is read byte for byte: a char here is a byte as sent.
        bytes.write(c);
      } else {
        byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(encoded, 0, encoded.length);
      }
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** Answers 400: a path no resource has and that parsers disagree on. */
  static final class InvalidPath extends ProblemException {
    InvalidPath(String detail) {
      super(400, "invalid-path", "The path is not valid", detail, Map.of());
    }
  }
}
