package org.sdghub.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code If-Match} precondition of an update ({@code PUT}, {@code PATCH}, {@code DELETE}): the
 * resource reads the header with {@link #require(String)} (428 when absent), and the service, once
 * it has loaded the entity, calls {@link #check(long)} with its version (412 when stale).
 *
 * <p>Tags are compared strongly (RFC 9110): {@code "7"} matches version 7, a weak {@code W/"7"}
 * matches nothing. {@code *} matches any version of an existing resource: the client knowingly
 * gives up the lost-update check (a missing resource is still a 404, raised by the service).
 */
public final class IfMatch {

  /** The header's name. */
  public static final String HEADER = "If-Match";

  private static final Pattern ELEMENT =
      Pattern.compile("\\s*(\\*|W/\"[^\"]*\"|\"([^\"]*)\")\\s*(,|$)");

  private final boolean any;
  private final List<String> strongTags;

  private IfMatch(boolean any, List<String> strongTags) {
    this.any = any;
    this.strongTags = List.copyOf(strongTags);
  }

  /** The precondition of the request: 428 if the header is missing, 400 if it is not tags. */
  public static IfMatch require(String header) {
    if (header == null || header.isBlank()) {
      throw new PreconditionRequired();
    }
    Matcher element = ELEMENT.matcher(header);
    List<String> strong = new ArrayList<>();
    boolean any = false;
    int at = 0;
    while (at < header.length()) {
      if (!element.find(at) || element.start() != at) {
        throw new InvalidInput(HEADER, "must be entity tags such as \"3\", or *");
      }
      any |= element.group(1).equals("*");
      if (element.group(2) != null) {
        strong.add(element.group(2));
      }
      at = element.end();
    }
    return new IfMatch(any, strong);
  }

  /** Whether the resource at this version satisfies the precondition. */
  public boolean matches(long version) {
    return any || strongTags.contains(Long.toString(version));
  }

  /** Passes if the resource at this version satisfies the precondition, else answers 412. */
  public void check(long currentVersion) {
    if (!matches(currentVersion)) {
      throw StaleVersion.current(currentVersion);
    }
  }

  /** The strong entity tag of a version, as an {@code ETag} header value: {@code "7"}. */
  public static String etagOf(long version) {
    return "\"" + version + "\"";
  }

  @Override
  public String toString() {
    return any ? "*" : String.join(", ", strongTags.stream().map(t -> "\"" + t + "\"").toList());
  }
}
