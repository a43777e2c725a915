package org.sdghub.partners.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How near matches between names are offered as possible duplicates ({@code
 * sdghub.partners.duplicates.*}): the trigram similarity from which two names count as close, and
 * how many possible duplicates an answer lists.
 */
@ConfigMapping(prefix = "sdghub.partners.duplicates")
public interface DuplicatesConfig {

  /**
   * The pg_trgm similarity (0 to 1) of two folded names from which they are a possible duplicate.
   */
  @WithDefault("0.5")
  double similarityThreshold();

  /** At most this many possible duplicates in the answer to a create or an update, best first. */
  @WithDefault("10")
  int maxPossibleDuplicates();
}
