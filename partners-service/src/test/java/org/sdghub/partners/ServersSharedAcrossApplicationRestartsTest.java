package org.sdghub.partners;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sdghub.embedded.EmbeddedServers;
import org.sdghub.platform.testing.Management;

/**
 * A test profile of its own makes Quarkus restart the application, and run the test resources
 * again, in a new class loader: the servers must still be the ones started once for the JVM.
 */
@QuarkusTest
@TestProfile(ServersSharedAcrossApplicationRestartsTest.Restarted.class)
class ServersSharedAcrossApplicationRestartsTest {

  /** Any profile that differs from the default one forces a restart. */
  public static class Restarted implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("quarkus.log.category.\"org.sdghub\".level", "DEBUG");
    }
  }

  @Test
  void aRestartedApplicationIsReadyOnTheServersAlreadyRunning() {
    Management.given()
        .when()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", is("UP"));
    assertEquals(1, EmbeddedServers.sharedStartCount(), "servers are started once per JVM");
  }
}
