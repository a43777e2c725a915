package org.sdghub.gateway.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One derived row of the read model: a project in one place (a location, or the whole country when
 * the project names no location there), for one SDG target, with one participating organisation in
 * one role. The money columns are the project's amounts times the country's share, the same on
 * every row of one project and country: never sum them over rows without taking each (project,
 * country) once.
 *
 * @param adminArea null for a recipient country without a location
 * @param sdgTarget null for a goal without a target of it (or a project without any)
 * @param confirmation the organisation's answer to its listing: confirmed or unconfirmed (a
 *     declined listing has no rows); null for a project without participants, or on rows derived
 *     from events published before listings were answered
 * @param countryShare the recipient-country percentage divided by 100
 */
public record WhoWhatWhereRow(
    UUID projectId,
    String country,
    String adminArea,
    String locationName,
    Double lat,
    Double lon,
    Integer sdgGoal,
    String sdgTarget,
    UUID organisationId,
    String role,
    String confirmation,
    String status,
    LocalDate start,
    LocalDate end,
    BigDecimal countryShare,
    BigDecimal budgetUsd,
    BigDecimal committedUsd,
    BigDecimal disbursedUsd) {}
