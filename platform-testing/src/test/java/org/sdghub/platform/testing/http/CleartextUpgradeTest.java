package org.sdghub.platform.testing.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sdghub.platform.Role;
import org.sdghub.platform.testing.TestTokens;

/**
 * A client that offers an upgrade to cleartext HTTP/2, as Java's HttpClient does by default, is
 * answered (in HTTP/1.1) instead of getting a 500.
 */
@QuarkusTest
class CleartextUpgradeTest {

  @TestHTTPResource("/api/test/caller")
  URI caller;

  @Test
  void aGetOfferingAnHttp2UpgradeIsAnswered() throws Exception {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
    UUID organisation = UUID.randomUUID();

    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(caller)
                .header("Authorization", TestTokens.forOrganisation(organisation, Role.VIEWER))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertEquals(200, response.statusCode(), response.body());
    assertEquals(HttpClient.Version.HTTP_1_1, response.version());
  }
}
