package org.sdghub.partners.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.sdghub.partners.api.DuplicateCandidate;
import org.sdghub.partners.api.OrganisationProposal;
import org.sdghub.partners.api.OrganisationView;
import org.sdghub.partners.domain.DuplicateKeys;
import org.sdghub.partners.domain.LikelyDuplicate;
import org.sdghub.partners.domain.MatchReason;
import org.sdghub.partners.domain.NotAProposal;
import org.sdghub.partners.domain.Organisation;
import org.sdghub.partners.domain.OrganisationArchived;
import org.sdghub.partners.domain.OrganisationNotFound;
import org.sdghub.partners.domain.Timestamps;
import org.sdghub.partners.events.OrganisationEventTypes;
import org.sdghub.partners.repository.OrganisationRepository;
import org.sdghub.platform.IfMatch;
import org.sdghub.platform.Page;
import org.sdghub.platform.PageRequest;

/**
 * The coordinators' review of the organisations partners proposed: the queue, each proposal with
 * its duplicate candidates, and confirmation.
 */
@ApplicationScoped
public class ProposalService {

  private final OrganisationRepository organisations;
  private final NearMatches nearMatches;
  private final OrganisationPublisher publisher;

  ProposalService(
      OrganisationRepository organisations,
      NearMatches nearMatches,
      OrganisationPublisher publisher) {
    this.organisations = organisations;
    this.nearMatches = nearMatches;
    this.publisher = publisher;
  }

  /**
   * One page of the proposals awaiting review, oldest first, each with the current organisations it
   * looks like (exact look-alikes, then near matches, best first).
   */
  // The near-match query sets its threshold for the transaction: it needs one, read-only.
  @Transactional
  public Page<OrganisationProposal> queue(PageRequest page) {
    return organisations
        .openProposals(page)
        .map(p -> new OrganisationProposal(OrganisationConversions.toView(p), candidatesOf(p)));
  }

  /**
   * Confirms a proposal: it is no longer marked as proposed. 412 if {@code ifMatch} is stale, 409
   * if it is archived or not a proposal.
   */
  @Transactional
  public OrganisationView confirm(UUID id, IfMatch ifMatch) {
    Organisation organisation =
        organisations.findByIdOptional(id).orElseThrow(() -> new OrganisationNotFound(id));
    ifMatch.check(organisation.version);
    if (organisation.isArchived()) {
      throw new OrganisationArchived(id);
    }
    if (!organisation.isProposed()) {
      throw new NotAProposal(id);
    }
    organisation.confirm(Timestamps.now());
    organisations.flush();
    return publisher.publish(OrganisationEventTypes.UPDATED, organisation);
  }

  private List<DuplicateCandidate> candidatesOf(Organisation proposal) {
    DuplicateKeys keys = proposal.keys();
    List<DuplicateCandidate> candidates = new ArrayList<>();
    Set<UUID> seen = new HashSet<>();
    for (Organisation other : organisations.findLookalikes(proposal.id, keys)) {
      List<MatchReason> reasons = MatchReason.between(keys, other.keys());
      if (!reasons.isEmpty() && !other.isArchived() && seen.add(other.id)) {
        candidates.add(
            OrganisationConversions.toCandidate(
                new LikelyDuplicate(other.id, other.identifier, other.name.en(), reasons)));
      }
    }
    for (LikelyDuplicate near : nearMatches.of(proposal.id, keys)) {
      if (!organisations.findById(near.id()).isArchived() && seen.add(near.id())) {
        candidates.add(OrganisationConversions.toCandidate(near));
      }
    }
    return candidates;
  }
}
