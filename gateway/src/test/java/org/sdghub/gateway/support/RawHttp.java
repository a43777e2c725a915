package org.sdghub.gateway.support;

import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Sends bytes to the gateway under test exactly as written, over a connection of its own, and reads
 * everything it answers until it closes: for requests no HTTP client would send.
 */
public final class RawHttp {

  private RawHttp() {}

  /** Everything the gateway answered to {@code request}, sent from {@code localAddress}. */
  public static String exchange(String localAddress, String request) throws IOException {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
      socket.connect(
          new InetSocketAddress(InetAddress.getLoopbackAddress(), RestAssured.port), 5_000);
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      try {
        socket.getInputStream().transferTo(all);
      } catch (java.net.SocketTimeoutException | java.net.SocketException e) {
        // What arrived before the gateway stopped answering is the answer.
      }
      return all.toString(StandardCharsets.ISO_8859_1);
    }
  }

  /** The status of the first response in {@code answer}. */
  public static int status(String answer) {
    // The server answers a request it cannot parse in HTTP/1.0.
    if (!answer.startsWith("HTTP/1.1 ") && !answer.startsWith("HTTP/1.0 ")) {
      throw new AssertionError("not an HTTP response: " + answer);
    }
    return Integer.parseInt(answer.substring(9, 12));
  }

  /** A GET of this raw path with a valid coordinator key, closing after the answer. */
  public static String get(String rawPath) throws IOException {
    return exchange(
        "127.0.0.1",
        "GET "
            + rawPath
            + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
            + ApiKeys.COORDINATOR
            + "\r\nConnection: close\r\n\r\n");
  }
}
