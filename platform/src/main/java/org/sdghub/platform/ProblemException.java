package org.sdghub.platform;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A failure that the platform answers as an RFC 9457 {@code application/problem+json} response,
 * mapped once for every service; services throw a subclass ({@link NotFound}, {@link Conflict},
 * {@link StaleVersion}, {@link PreconditionRequired}, {@link InvalidInput}, {@link Forbidden}) or a
 * domain exception extending one, and never build error responses themselves.
 */
public abstract class ProblemException extends RuntimeException {

  /** Where the problem types are named: a type is this base followed by its slug. */
  public static final String TYPE_BASE = "https://sdghub.org/problems/";

  private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final Set<String> STANDARD_MEMBERS =
      Set.of("type", "title", "status", "detail", "instance", "errors");

  private final int status;
  private final String slug;
  private final String title;
  private final Map<String, Object> extensions;

  /**
   * A problem of the given HTTP status and type; {@code extensions} become extra members of the
   * body (for example the id of an existing record) and must not reuse a standard member's name.
   */
  protected ProblemException(
      int status, String slug, String title, String detail, Map<String, ?> extensions) {
    // A problem is an expected answer, not a bug: a stack trace would only cost time.
    super(detail, null, false, false);
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("A problem has a 4xx or 5xx status, not " + status);
    }
    if (!SLUG.matcher(slug).matches()) {
      throw new IllegalArgumentException("A problem type slug is lower-case-with-dashes: " + slug);
    }
    for (String name : extensions.keySet()) {
      if (STANDARD_MEMBERS.contains(name)) {
        throw new IllegalArgumentException("Extension member reuses a standard name: " + name);
      }
    }
    this.status = status;
    this.slug = slug;
    this.title = title;
    this.extensions = new LinkedHashMap<>(extensions);
  }

  /** The HTTP status code of the response. */
  public int status() {
    return status;
  }

  /** The problem type URI, {@code https://sdghub.org/problems/<slug>}. */
  public URI type() {
    return URI.create(TYPE_BASE + slug);
  }

  /** The short summary, the same for every occurrence of this type. */
  public String title() {
    return title;
  }

  /** The explanation of this occurrence, for a human reader. */
  public String detail() {
    return getMessage();
  }

  /** The input fields at fault; empty unless the request itself is invalid. */
  public List<FieldError> errors() {
    return List.of();
  }

  /** Members added to the body beyond the standard ones. */
  public Map<String, Object> extensions() {
    return Map.copyOf(extensions);
  }
}
