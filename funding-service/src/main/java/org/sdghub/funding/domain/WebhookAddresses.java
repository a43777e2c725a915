package org.sdghub.funding.domain;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.Optional;

/**
 * Which IP addresses a webhook may never be sent to: loopback, private (RFC 1918, fc00::/7),
 * link-local (the cloud metadata address 169.254.169.254 among them), multicast, carrier-grade NAT,
 * unspecified, broadcast and other reserved ranges, also when an IPv6 address embeds one of them.
 */
public final class WebhookAddresses {

  /** The kind of the loopback addresses, the only kind the insecure switch lets through. */
  public static final String LOOPBACK = "loopback";

  private WebhookAddresses() {}

  /** The kind of a forbidden address ({@link #LOOPBACK}, "private"…); empty if it is public. */
  public static Optional<String> forbiddenKind(InetAddress address) {
    if (address instanceof Inet6Address v6) {
      return ipv6(v6.getAddress());
    }
    return ipv4(address.getAddress());
  }

  private static Optional<String> ipv4(byte[] b) {
    int a0 = b[0] & 0xff;
    int a1 = b[1] & 0xff;
    int a2 = b[2] & 0xff;
    if (a0 == 127) {
      return Optional.of(LOOPBACK);
    }
    if (a0 == 0) {
      return Optional.of("unspecified");
    }
    if (a0 == 10 || (a0 == 172 && (a1 & 0xf0) == 16) || (a0 == 192 && a1 == 168)) {
      return Optional.of("private");
    }
    if (a0 == 169 && a1 == 254) {
      return Optional.of("link-local");
    }
    if (a0 == 100 && (a1 & 0xc0) == 64) {
      return Optional.of("carrier-grade NAT");
    }
    if (a0 >= 224 && a0 <= 239) {
      return Optional.of("multicast");
    }
    if (a0 >= 240) {
      return Optional.of(a0 == 255 && a1 == 255 && a2 == 255 ? "broadcast" : "reserved");
    }
    return ipv4Special(a0, a1, a2);
  }

  private static Optional<String> ipv4Special(int a0, int a1, int a2) {
    if (a0 == 192 && a1 == 0 && (a2 == 0 || a2 == 2)) {
      return Optional.of("reserved");
    }
    if ((a0 == 198 && (a1 & 0xfe) == 18) || (a0 == 198 && a1 == 51 && a2 == 100)) {
      return Optional.of("reserved");
    }
    if (a0 == 203 && a1 == 0 && a2 == 113) {
      return Optional.of("reserved");
    }
    return Optional.empty();
  }

  private static Optional<String> ipv6(byte[] b) {
    if (allZero(b, 0, 15)) {
      return Optional.of(b[15] == 0 ? "unspecified" : b[15] == 1 ? LOOPBACK : "IPv4-compatible");
    }
    if (allZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
      return ipv4(Arrays.copyOfRange(b, 12, 16)); // IPv4-mapped ::ffff:0:0/96
    }
    int first = b[0] & 0xff;
    int second = b[1] & 0xff;
    if (first == 0x00 && second == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
      return ipv4(Arrays.copyOfRange(b, 12, 16)); // NAT64 64:ff9b::/96
    }
    if (first == 0x20 && second == 0x02) {
      return ipv4(Arrays.copyOfRange(b, 2, 6)); // 6to4 2002::/16
    }
    if ((first & 0xfe) == 0xfc) {
      return Optional.of("private");
    }
    if (first == 0xfe && (second & 0xc0) == 0x80) {
      return Optional.of("link-local");
    }
    if (first == 0xfe && (second & 0xc0) == 0xc0) {
      return Optional.of("private");
    }
    if (first == 0xff) {
      return Optional.of("multicast");
    }
    if (first == 0x20 && second == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8) {
      return Optional.of("reserved");
    }
    return Optional.empty();
  }

  private static boolean allZero(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return true;
  }
}
