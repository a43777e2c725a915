package org.sdghub.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineProcessTest {

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void baselineRunsInAChildJvmThatStopsWhenClosed(@TempDir Path logs) throws Exception {
    BaselineProcess baseline = BaselineProcess.start(logs);
    HttpRequest request = HttpRequest.newBuilder(baseline.url()).build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      assertEquals(200, response.statusCode());
      assertEquals(SampleRecord.JSON, response.body());
    } finally {
      baseline.close();
    }
    assertThrows(
        IOException.class, () -> http.send(request, HttpResponse.BodyHandlers.discarding()));
  }
}
