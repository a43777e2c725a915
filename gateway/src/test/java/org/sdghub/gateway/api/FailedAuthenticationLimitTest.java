package org.sdghub.gateway.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.sdghub.gateway.support.ApiKeys;

/**
 * A client address that keeps presenting keys that do not work is slowed to its quota of failures
 * and answered 429 without any key being looked up, while callers from other addresses go on as
 * before. The flood comes from 127.0.0.2, a loopback address of its own, so the rest of the suite
 * (from 127.0.0.1) keeps its failures.
 */
@QuarkusTest
class FailedAuthenticationLimitTest {

  private static final String PROXIED = "/api/v1/test-echo/anything";

  @ConfigProperty(name = "sdghub.gateway.keys.failures-per-minute")
  int perMinute;

  @Test
  void anAddressThatKeepsFailingGets429WithRetryAfterAndOthersAreUntouched() throws Exception {
    String flooder = "127.0.0.2";
    int refusedAt = -1;
    Answer first429 = null;
    // Failures come back at perMinute/60 a second while the flood runs: allow for a few.
    for (int i = 0; i < perMinute * 2 && refusedAt < 0; i++) {
      Answer answer = get(flooder, PROXIED, randomKey());
      if (answer.status == 429) {
        refusedAt = i;
        first429 = answer;
      } else {
        assertEquals(401, answer.status, "a bad key is a 401 until the address's quota is used");
      }
    }
    assertTrue(refusedAt >= perMinute, "the address had its full quota of failures: " + refusedAt);
    assertTrue(first429.head.contains("content-type: application/problem+json"), first429.head);
    assertTrue(
        first429.body.contains(
            "\"type\":\"https://sdghub.org/problems/too-many-failed-authentications\""),
        first429.body);
    assertTrue(first429.body.contains("\"status\":429"), first429.body);
    long retryAfter = Long.parseLong(header(first429.head, "retry-after"));
    assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);

    // While refused, even a valid key from that address waits: nothing of it is looked at.
    assertEquals(429, get(flooder, PROXIED, ApiKeys.COORDINATOR).status);
    assertEquals(429, get(flooder, "/api/v1/api-keys", randomKey()).status);

    // Another address is untouched: its good key passes, its bad key is a plain 401.
    given().header("Authorization", ApiKeys.COORDINATOR).get(PROXIED).then().statusCode(200);
    given().header("Authorization", randomKey()).get(PROXIED).then().statusCode(401);
    assertEquals(200, get("127.0.0.3", PROXIED, ApiKeys.COORDINATOR).status);
  }

  @Test
  void aValidKeyIsNeverCountedAsAFailure() throws Exception {
    String caller = "127.0.0.4";
    // A key of its own, with room for these requests: the shared coordinator key's quota is the
    // other tests'.
    String key =
        "Bearer " + ApiKeys.issue(UUID.randomUUID(), List.of("viewer"), 100_000).getString("key");
    for (int i = 0; i < perMinute + 5; i++) {
      assertEquals(200, get(caller, PROXIED, key).status);
    }
    assertEquals(401, get(caller, PROXIED, randomKey()).status);
  }

  private static String randomKey() {
    return "Bearer sdghub_" + UUID.randomUUID().toString().replace("-", "") + "AbCdEfGhIjK";
  }

  /** A GET sent from {@code localAddress}, over a connection of its own. */
  private Answer get(String localAddress, String path, String authorization) throws IOException {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
      socket.connect(
          new InetSocketAddress(InetAddress.getLoopbackAddress(), RestAssured.port), 5_000);
      socket.setSoTimeout(10_000);
      String request =
          "GET "
              + path
              + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
              + authorization
              + "\r\nConnection: close\r\n\r\n";
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      in.transferTo(all);
      String text = all.toString(StandardCharsets.UTF_8);
      int split = text.indexOf("\r\n\r\n");
      String head = text.substring(0, split).toLowerCase(java.util.Locale.ROOT);
      int status = Integer.parseInt(head.substring(9, 12));
      return new Answer(status, head, text.substring(split + 4));
    }
  }

  private static String header(String head, String name) {
    for (String line : head.split("\r\n")) {
      if (line.startsWith(name + ":")) {
        return line.substring(name.length() + 1).strip();
      }
    }
    throw new AssertionError("no " + name + " header in " + head);
  }

  private record Answer(int status, String head, String body) {}
}
