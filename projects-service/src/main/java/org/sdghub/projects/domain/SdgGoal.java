package org.sdghub.projects.domain;

import java.util.Map;

/**
 * One of the 17 Sustainable Development Goals.
 *
 * @param title the goal's title by language code (en ru kk ky tg tk)
 */
public record SdgGoal(int number, Map<String, String> title) {}
