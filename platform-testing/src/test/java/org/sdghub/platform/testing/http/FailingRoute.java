package org.sdghub.platform.testing.http;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Test-only HTTP route outside JAX-RS that fails, as a careless extension might. */
@ApplicationScoped
public class FailingRoute {

  static final String PATH = "/test-routes/failing";

  void install(@Observes Router router) {
    router
        .get(PATH)
        .handler(
            context -> {
              throw new IllegalStateException(ProblemsResource.SECRET);
            });
  }
}
