package org.sdghub.projects.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.sdghub.projects.domain.ActivityStatus;

/**
 * The filters of a project list, checked; each one absent means "any".
 *
 * @param country a recipient country
 * @param organisationKey an organisation id, or {@code <id>:<role>} ({@code reporting} included)
 * @param activeOn running on that day (actual dates where known, else planned)
 * @param activeFrom with {@code activeTo}: running at some time in that period
 * @param text a web-search style query over titles and descriptions
 */
public record ProjectFilter(
    Optional<String> country,
    Optional<String> adminArea,
    Optional<Integer> sdgGoal,
    Optional<String> sdgTarget,
    Optional<ActivityStatus> status,
    Optional<String> organisationKey,
    Optional<LocalDate> activeOn,
    Optional<LocalDate> activeFrom,
    Optional<LocalDate> activeTo,
    Optional<String> text,
    Optional<Instant> updatedSince) {}
