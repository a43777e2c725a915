package org.sdghub.projects;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.sdghub.platform.testing.RealServersResource;
import org.sdghub.platform.testing.ServiceReadinessContract;

/** Also where the module's real PostgreSQL and Kafka are registered, once for all its tests. */
@QuarkusTest
@WithTestResource(
    value = RealServersResource.class,
    scope = TestResourceScope.GLOBAL,
    initArgs = @ResourceArg(name = RealServersResource.DATABASE, value = "projects"))
class ReadinessTest extends ServiceReadinessContract {

  @Override
  protected String database() {
    return "projects";
  }
}
