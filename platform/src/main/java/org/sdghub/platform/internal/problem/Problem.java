package org.sdghub.platform.internal.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sdghub.platform.FieldError;
import org.sdghub.platform.ProblemException;

/** The content of one RFC 9457 problem response, before it is bound to a request path. */
public record Problem(
    int status,
    String slug,
    String title,
    String detail,
    List<FieldError> errors,
    Map<String, Object> extensions) {

  /** The problem a domain exception stands for. */
  public static Problem of(ProblemException e) {
    String slug = e.type().toString().substring(ProblemException.TYPE_BASE.length());
    return new Problem(e.status(), slug, e.title(), e.detail(), e.errors(), e.extensions());
  }

  /** A problem without field errors or extensions. */
  public static Problem of(int status, String slug, String title, String detail) {
    return new Problem(status, slug, title, detail, List.of(), Map.of());
  }

  /** A 400 naming the fields at fault. */
  public static Problem invalidInput(String detail, List<FieldError> errors) {
    return new Problem(400, "invalid-input", "The request is not valid", detail, errors, Map.of());
  }

  /** The same problem with another detail. */
  public Problem withDetail(String otherDetail) {
    return new Problem(status, slug, title, otherDetail, errors, extensions);
  }

  /** The same problem with another extension member. */
  public Problem with(String member, Object value) {
    Map<String, Object> more = new LinkedHashMap<>(extensions);
    more.put(member, value);
    return new Problem(status, slug, title, detail, errors, more);
  }

  /** The JSON body in RFC 9457 member order, {@code instance} being the request path. */
  public Map<String, Object> body(String instance) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", ProblemException.TYPE_BASE + slug);
    body.put("title", title);
    body.put("status", status);
    body.put("detail", detail);
    if (instance != null) {
      body.put("instance", instance);
    }
    if (!errors.isEmpty()) {
      body.put("errors", errors);
    }
    body.putAll(extensions);
    return body;
  }
}
