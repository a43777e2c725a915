package org.sdghub.funding.domain;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a webhook goes: the URL as the subscriber gave it and the one address it was checked
 * against, which is the address to connect to (so that a second name lookup cannot lead elsewhere).
 *
 * @param https whether TLS is used (the host name is then also the SNI name)
 * @param host the host name, for the Host header
 * @param port the port
 * @param pathAndQuery what is requested, never empty
 * @param address the checked address
 */
public record WebhookTarget(
    boolean https, String host, int port, String pathAndQuery, InetAddress address) {

  private static final Pattern NUMERIC_PART = Pattern.compile("(?i)0x[0-9a-f]*|[0-9]+");
  private static final Pattern DECIMAL_OCTET = Pattern.compile("0|[1-9][0-9]{0,2}");
  private static final Pattern NAME =
      Pattern.compile(
          "(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");

  /** Looks a host name up; {@code InetAddress::getAllByName} in production. */
  public interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  /** Why a URL is refused as a webhook target; the message is for the subscriber. */
  public static class Refused extends RuntimeException {
    public Refused(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * Checks a URL and every address its host resolves to; answers the target or throws {@link
   * Refused}. {@code allowInsecureLoopback} lets loopback addresses through, over http too.
   */
  public static WebhookTarget check(String url, boolean allowInsecureLoopback, Resolver resolver) {
    URI uri = parse(url);
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    boolean https = scheme.equals("https");
    if (!https && !(scheme.equals("http") && allowInsecureLoopback)) {
      throw new Refused("must be an https URL");
    }
    String host = hostOf(uri);
    InetAddress[] addresses = addressesOf(host, resolver);
    for (InetAddress address : addresses) {
      Optional<String> kind = WebhookAddresses.forbiddenKind(address);
      boolean loopback = kind.filter(WebhookAddresses.LOOPBACK::equals).isPresent();
      if (kind.isPresent() && !(loopback && allowInsecureLoopback)) {
        throw new Refused("must not lead to a " + kind.get() + " address (" + host + ")");
      }
      if (!https && !loopback) {
        throw new Refused("must be an https URL");
      }
    }
    int port = uri.getPort() == -1 ? (https ? 443 : 80) : uri.getPort();
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    return new WebhookTarget(https, host, port, path + query, addresses[0]);
  }

  private static URI parse(String url) {
    try {
      URI uri = new URI(url.trim());
      if (!uri.isAbsolute() || uri.isOpaque() || uri.getScheme() == null) {
        throw new Refused("must be an absolute https URL");
      }
      if (uri.getRawUserInfo() != null) {
        throw new Refused("must not carry a user name or password");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new Refused("is not a valid URL");
    }
  }

  private static String hostOf(URI uri) {
    String host = uri.getHost();
    if (host == null || host.isEmpty()) {
      throw new Refused("must name a host");
    }
    return host.toLowerCase(Locale.ROOT);
  }

  private static InetAddress[] addressesOf(String host, Resolver resolver) {
    try {
      if (host.startsWith("[")) {
        // An IPv6 literal: InetAddress parses it without any lookup.
        return new InetAddress[] {InetAddress.getByName(host.substring(1, host.length() - 1))};
      }
      String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
      if (isNumeric(name)) {
        if (!isDottedQuad(name)) {
          throw new Refused("must name its IPv4 address as four decimal numbers, or a host name");
        }
        return new InetAddress[] {InetAddress.getByName(name)};
      }
      if (!NAME.matcher(name).matches()) {
        throw new Refused("must name a valid host");
      }
      InetAddress[] found = resolver.resolve(name);
      if (found.length == 0) {
        throw new Refused("names a host that does not resolve (" + host + ")");
      }
      return found;
    } catch (UnknownHostException e) {
      throw new Refused("names a host that does not resolve (" + host + ")");
    }
  }

  /** What inet_aton would read as an address: 1 to 4 parts, each decimal, octal or hex. */
  private static boolean isNumeric(String name) {
    String[] parts = name.split("\\.", -1);
    if (parts.length > 4) {
      return false;
    }
    for (String part : parts) {
      if (!NUMERIC_PART.matcher(part).matches()) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDottedQuad(String name) {
    String[] parts = name.split("\\.", -1);
    if (parts.length != 4) {
      return false;
    }
    for (String part : parts) {
      if (!DECIMAL_OCTET.matcher(part).matches() || Integer.parseInt(part) > 255) {
        return false;
      }
    }
    return true;
  }
}
