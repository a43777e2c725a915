package org.sdghub.platform.testing;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The management interface of the application under test: its health and metrics, on a port of
 * their own ({@code quarkus.management.port}; a free one in tests), never on the API's.
 */
public final class Management {

  private Management() {}

  /** The port the management interface of the application under test listens on. */
  public static int port() {
    return ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
  }

  /** Its base URL, for example {@code http://127.0.0.1:41234}. */
  public static String url() {
    return "http://127.0.0.1:" + port();
  }

  /** A REST Assured request to the management interface. */
  public static RequestSpecification given() {
    return RestAssured.given().baseUri("http://127.0.0.1").port(port());
  }
}
