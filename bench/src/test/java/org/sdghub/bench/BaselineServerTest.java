package org.sdghub.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class BaselineServerTest {

  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> get(URI uri) throws Exception {
    return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void answersTheFixedOrganisationRecordAsJson() throws Exception {
    try (BaselineServer server = BaselineServer.start(0)) {
      HttpResponse<String> response = get(server.url());
      assertEquals(200, response.statusCode());
      assertEquals("application/json", response.headers().firstValue("content-type").orElse(""));
      assertEquals(SampleRecord.JSON, response.body());
      assertTrue(response.body().length() > 250 && response.body().length() < 400);
    }
  }

  @Test
  void answersAnyOtherPathWith404() throws Exception {
    try (BaselineServer server = BaselineServer.start(0)) {
      URI other = URI.create("http://127.0.0.1:" + server.port() + "/other");
      assertEquals(404, get(other).statusCode());
    }
  }
}
