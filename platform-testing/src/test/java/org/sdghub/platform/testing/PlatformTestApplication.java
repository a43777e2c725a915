package org.sdghub.platform.testing;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/**
 * Registers the real servers for every platform test of this module, once: the platform's tests run
 * a small application on its own database.
 */
@WithTestResource(
    value = RealServersResource.class,
    scope = TestResourceScope.GLOBAL,
    initArgs = @ResourceArg(name = RealServersResource.DATABASE, value = "platform"))
public final class PlatformTestApplication {
  private PlatformTestApplication() {}
}
