package org.sdghub.projects.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * The in-memory copies that serve reads: projects as last read (bounded by size) and the whole
 * organisation copy, both kept exact by the database's change notifications.
 */
@ConfigMapping(prefix = "sdghub.projects.read-cache")
public interface ReadCacheConfig {

  /** Whether reads are served from memory; off, every read goes to the database. */
  @WithDefault("true")
  boolean enabled();

  /** The most memory the read projects' JSON may take (roughly: the bytes of the JSON kept). */
  @WithDefault("64M")
  MemorySize maximumSize();

  /** The first pause before connecting again after the change listener lost its connection. */
  @WithDefault("200ms")
  Duration retryInitial();

  /** The longest pause between two connection attempts of the change listener. */
  @WithDefault("10s")
  Duration retryMax();

  /**
   * How often an otherwise quiet change listener checks its connection with a trivial query, so
   * that a connection that died silently is noticed.
   */
  @WithDefault("10s")
  Duration heartbeat();
}
