package org.sdghub.funding.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.sdghub.funding.domain.TransactionType;
import org.sdghub.funding.repository.ProjectCopyRepository;
import org.sdghub.funding.repository.TransactionFilter;
import org.sdghub.platform.InvalidInput;

/** Turns the client's filters into the repository's: project-level filters become project ids. */
@ApplicationScoped
public class QueryResolver {

  private final ProjectCopyRepository projects;

  QueryResolver(ProjectCopyRepository projects) {
    this.projects = projects;
  }

  /** The repository filter; 400 naming {@code type} when it is no IATI transaction type. */
  public TransactionFilter resolve(FundingQuery query) {
    Optional<String> typeCode =
        query
            .type()
            .map(
                t ->
                    TransactionType.parse(t)
                        .orElseThrow(
                            () ->
                                new InvalidInput(
                                    "type", "must be an IATI TransactionType code or name"))
                        .code());
    return new TransactionFilter(
        projectIds(query),
        query.provider(),
        query.receiver(),
        typeCode,
        query.valueDateFrom(),
        query.valueDateTo(),
        query.updatedSince());
  }

  private Optional<Set<UUID>> projectIds(FundingQuery query) {
    if (query.country().isEmpty() && query.sdgGoal().isEmpty()) {
      return query.project().map(Set::of);
    }
    Set<UUID> ids = new HashSet<>(projects.idsWhere(query.country(), query.sdgGoal()));
    query.project().ifPresent(p -> ids.retainAll(Set.of(p)));
    // An empty set still narrows: to nothing.
    return Optional.of(ids.isEmpty() ? Set.of(new UUID(0, 0)) : ids);
  }
}
