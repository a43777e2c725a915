package org.sdghub.gateway.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One who-what-where row as exports and project listings show it: the row with its project's
 * identifier and title and its organisation's name, type and kind (null while the organisation's
 * events have not arrived).
 */
public record WhoWhatWhereEntry(
    UUID projectId,
    String iatiIdentifier,
    String projectTitle,
    UUID reportingOrganisationId,
    UUID organisationId,
    String organisationName,
    String organisationAcronym,
    String organisationType,
    String organisationKind,
    String role,
    Integer sdgGoal,
    String sdgTarget,
    String country,
    String adminArea,
    String locationName,
    Double lat,
    Double lon,
    String status,
    LocalDate start,
    LocalDate end,
    BigDecimal budgetUsd,
    BigDecimal committedUsd,
    BigDecimal disbursedUsd) {}
