package org.sdghub.partners.repository;

import java.time.Instant;
import java.util.Optional;
import org.sdghub.partners.domain.OrganisationKind;
import org.sdghub.partners.domain.OrganisationStatus;

/**
 * The filters of an organisation list; each one absent means "any".
 *
 * @param country matches the headquarters country or any country of operation
 * @param nameKey a normalised fragment ({@code NameKeys}) matched within any name, alias or acronym
 * @param updatedSince changed at or after this instant, for incremental sync
 */
public record OrganisationFilter(
    Optional<OrganisationKind> kind,
    Optional<String> type,
    Optional<String> country,
    Optional<OrganisationStatus> status,
    Optional<String> nameKey,
    Optional<Instant> updatedSince) {}
