package org.sdghub.gateway.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sdghub.gateway.support.RawHttp.get;
import static org.sdghub.gateway.support.RawHttp.status;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.sdghub.gateway.support.ApiKeys;
import org.sdghub.gateway.support.RawHttp;

/**
 * Paths and framing that parsers read differently: refused at the front door, or routed exactly as
 * the service will read them, and never a second request smuggled to a service.
 */
@QuarkusTest
class PathsAndFramingTest {

  private static final String ECHO = "/api/v1/test-echo";

  @Test
  void encodedSlashesBackslashesEmptySegmentsNulAndOverlongDotsAreRefused() throws Exception {
    for (String path :
        new String[] {
          ECHO + "%2F..%2Forganisations",
          ECHO + "/a%2f..%2f..%2forganisations",
          ECHO + "/a%5C..%5Corganisations",
          ECHO + "/a\\..\\organisations",
          "/api/v1//organisations",
          ECHO + "/things//1",
          ECHO + "/a%00b",
          ECHO + "/a/%c0%ae%c0%ae/organisations",
          ECHO + "/a/%e0%80%ae./b",
          ECHO + "/a/%zz"
        }) {
      String answer = get(path);
      assertEquals(400, status(answer), path + " -> " + answer);
      // The HTTP server refuses some of them itself (a backslash is no URI): no body then.
      if (!answer.contains("content-length: 0")) {
        assertTrue(
            answer.contains("\"type\":\"https://sdghub.org/problems/invalid-path\""), answer);
      }
      assertFalse(answer.contains("\"items\""), "reached partners through " + path);
    }
  }

  @Test
  void dotSegmentsInEveryEncodingAreResolvedOnceBeforeRouting() throws Exception {
    for (String dots : new String[] {"..", "%2e%2e", "%2E%2E", ".%2e", "%2e."}) {
      String answer = get(ECHO + "/a/" + dots + "/b");
      assertEquals(200, status(answer), dots + " -> " + answer);
      assertTrue(answer.contains("\"uri\":\"/api/v1/test-echo/b\""), dots + " -> " + answer);
    }
    // Decoded once only: a double-encoded dot stays a literal segment of the echo service.
    String twice = get(ECHO + "/a/%252e%252e/b");
    assertEquals(200, status(twice), twice);
    assertTrue(twice.contains("\"uri\":\"/api/v1/test-echo/a/%252e%252e/b\""), twice);
    // Leaving the prefix by dot segments lands where the resolved path says, key checked alike.
    String resolved = get(ECHO + "/%2e%2e/organisations?size=1");
    assertEquals(200, status(resolved), resolved);
    assertTrue(resolved.contains("\"items\""), resolved);
  }

  @Test
  void aBodyFramedByBothContentLengthAndChunkedIsReadChunkedAndNothingIsSmuggled()
      throws Exception {
    String request =
        "POST "
            + ECHO
            + "/things HTTP/1.1\r\n"
            + "Host: localhost\r\n"
            + "Authorization: "
            + ApiKeys.COORDINATOR
            + "\r\n"
            + "Content-Type: application/octet-stream\r\n"
            + "Content-Length: 60\r\n"
            + "Transfer-Encoding: chunked\r\n"
            + "\r\n"
            + "3\r\nabc\r\n0\r\n\r\n"
            + "GET "
            + ECHO
            + "/smuggled HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
    String answer = RawHttp.exchange("127.0.0.1", request);
    assertTrue(status(answer) == 400 || answer.contains("\"bodyLength\":3"), answer);
    // The bytes after the chunked body are the caller's next request, on its own connection:
    // answered by the gateway (no key: 401), never delivered to the service inside the first.
    assertFalse(answer.contains("\"uri\":\"/api/v1/test-echo/smuggled\""), answer);
    if (status(answer) != 400) {
      assertTrue(answer.contains("HTTP/1.1 401"), answer);
    }
  }

  @Test
  void anOverlongRequestLineOrHeaderSectionIsRefusedBeforeAnythingElse() throws Exception {
    String longLine = RawHttp.get(ECHO + "/things?q=" + "a".repeat(5_000));
    assertEquals(414, status(longLine), longLine);
    String bigHeaders =
        RawHttp.exchange(
            "127.0.0.1",
            "GET "
                + ECHO
                + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                + ApiKeys.COORDINATOR
                + "\r\nX-Padding: "
                + "b".repeat(17_000)
                + "\r\nConnection: close\r\n\r\n");
    assertEquals(431, status(bigHeaders), bigHeaders);
    // Within the limits, a long query is served.
    assertEquals(200, status(RawHttp.get(ECHO + "/things?q=" + "a".repeat(3_000))));
  }

  @Test
  void twoDifferentContentLengthsAreRefused() throws Exception {
    String request =
        "POST "
            + ECHO
            + "/things HTTP/1.1\r\n"
            + "Host: localhost\r\n"
            + "Authorization: "
            + ApiKeys.COORDINATOR
            + "\r\n"
            + "Content-Length: 3\r\n"
            + "Content-Length: 30\r\n"
            + "Connection: close\r\n"
            + "\r\n"
            + "abc";
    String answer = RawHttp.exchange("127.0.0.1", request);
    assertEquals(400, status(answer), answer);
  }
}
