package org.sdghub.gateway.domain;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One group of a grouped who-what-where answer and its measures.
 *
 * @param key the group's value of each groupBy dimension, by the dimension's API name
 * @param projects distinct projects with a row in the group
 * @param organisations distinct participating organisations with a row in the group
 * @param budgetUsd the sum, over each distinct (project, recipient country) of the group, of the
 *     project's USD budget times that country's percentage; null when no project of the group has a
 *     USD budget
 * @param projectsWithoutUsdBudget projects of the group whose budget is not in USD (or absent): not
 *     in {@code budgetUsd}
 * @param committedUsd likewise, of each project's committed USD (commitments; a flow both sides
 *     report counts once)
 * @param disbursedUsd likewise, of each project's disbursed USD (disbursements and incoming funds)
 * @param gapUsd likewise, of each project's budget − committed, over the projects with a USD budget
 *     only (so it equals {@code budgetUsd - committedUsd} when every project of the group has one);
 *     null when none has
 */
public record WhoWhatWhereGroup(
    Map<String, Object> key,
    long projects,
    long organisations,
    BigDecimal budgetUsd,
    BigDecimal committedUsd,
    BigDecimal disbursedUsd,
    BigDecimal gapUsd,
    long projectsWithoutUsdBudget) {}
