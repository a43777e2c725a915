package org.sdghub.funding.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Which transactions a list or a summary covers; an empty optional does not narrow.
 *
 * @param projects the projects they are on, once project, country and SDG goal are resolved
 * @param typeCode an IATI transaction type code
 */
public record TransactionFilter(
    Optional<Set<UUID>> projects,
    Optional<UUID> provider,
    Optional<UUID> receiver,
    Optional<String> typeCode,
    Optional<LocalDate> valueDateFrom,
    Optional<LocalDate> valueDateTo,
    Optional<Instant> updatedSince) {

  Where where() {
    return new Where()
        .and("projectId in :projects", "projects", projects)
        .and("providerId = :provider", "provider", provider)
        .and("receiverId = :receiver", "receiver", receiver)
        .and("typeCode = :type", "type", typeCode)
        .and("valueDate >= :from", "from", valueDateFrom)
        .and("valueDate <= :to", "to", valueDateTo)
        .and("updatedAt >= :since", "since", updatedSince);
  }

  /** Whether it narrows by anything but the projects. */
  public boolean narrowsTransactions() {
    return provider.isPresent()
        || receiver.isPresent()
        || typeCode.isPresent()
        || valueDateFrom.isPresent()
        || valueDateTo.isPresent()
        || updatedSince.isPresent();
  }
}
