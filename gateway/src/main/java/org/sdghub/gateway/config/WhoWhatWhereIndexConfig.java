package org.sdghub.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * The in-memory who-what-where index's settings ({@code sdghub.who-what-where.index.*}): whether
 * grouped queries are answered from it, and how long a query waits for it to catch up with the read
 * model before it is answered from PostgreSQL instead.
 */
@ConfigMapping(prefix = "sdghub.who-what-where.index")
public interface WhoWhatWhereIndexConfig {

  /** Whether grouped queries are answered from memory (else always by PostgreSQL). */
  @WithDefault("true")
  boolean enabled();

  /** How long a grouped query waits for the index to catch up before asking PostgreSQL. */
  @WithDefault("500ms")
  Duration catchUpWait();

  /** How often the index looks for changes when nobody asks (other instances' writes). */
  @WithDefault("1s")
  Duration followEvery();

  /** Rows read from PostgreSQL at a time when the index is (re)built. */
  @WithDefault("2000")
  int fetchSize();

  /** Past this many unapplied change-feed entries, the index is rebuilt instead of followed. */
  @WithDefault("20000")
  int maxCatchUp();
}
