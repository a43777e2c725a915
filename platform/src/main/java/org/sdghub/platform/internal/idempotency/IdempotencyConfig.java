package org.sdghub.platform.internal.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long first responses to POSTs with an {@code Idempotency-Key} are kept for replay. */
@ConfigMapping(prefix = "sdghub.idempotency")
public interface IdempotencyConfig {

  /** How long a key stays bound to its first response; a retry after that runs anew. */
  @WithDefault("PT24H")
  Duration retention();

  /** How often expired keys are deleted (they are ignored as soon as they expire). */
  @WithDefault("1h")
  String purgeEvery();
}
