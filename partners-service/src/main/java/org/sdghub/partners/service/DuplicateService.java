package org.sdghub.partners.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sdghub.partners.api.DuplicatePair;
import org.sdghub.partners.domain.Organisation;
import org.sdghub.partners.repository.DuplicatePairRepository;
import org.sdghub.partners.repository.DuplicatePairRow;
import org.sdghub.partners.repository.OrganisationRepository;
import org.sdghub.platform.Page;
import org.sdghub.platform.PageRequest;

/**
 * Lists the likely and possible duplicates already in the registry, for coordinators to resolve.
 */
@ApplicationScoped
public class DuplicateService {

  private final DuplicatePairRepository pairs;
  private final OrganisationRepository organisations;

  DuplicateService(DuplicatePairRepository pairs, OrganisationRepository organisations) {
    this.pairs = pairs;
    this.organisations = organisations;
  }

  /**
   * One page of pairs of active organisations that look alike or whose names are close, each with
   * its reasons.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<DuplicatePair> list(PageRequest page) {
    Page<DuplicatePairRow> rows = pairs.find(page);
    Map<UUID, Organisation> byId =
        organisations
            .list(
                "id in ?1",
                rows.items().stream()
                    .flatMap(row -> Stream.of(row.first(), row.second()))
                    .distinct()
                    .toList())
            .stream()
            .collect(Collectors.toMap(o -> o.id, Function.identity()));
    return rows.map(
        row ->
            OrganisationConversions.toPair(
                byId.get(row.first()), byId.get(row.second()), row.reasons()));
  }
}
