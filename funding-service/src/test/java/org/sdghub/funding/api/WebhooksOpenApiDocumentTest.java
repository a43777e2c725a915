package org.sdghub.funding.api;

import io.quarkus.test.junit.QuarkusTest;
import org.sdghub.platform.testing.ServiceOpenApiContract;

/** The service's OpenAPI document describes every operation fully, errors included. */
@QuarkusTest
class WebhooksOpenApiDocumentTest extends ServiceOpenApiContract {

  @Override
  protected boolean needsIfMatch(String method, String path) {
    return path.endsWith("{id}") && !method.equals("GET");
  }
}
