package org.sdghub.partners.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.sdghub.partners.api.OrganisationProfile;
import org.sdghub.partners.api.OrganisationQuery;
import org.sdghub.partners.api.OrganisationView;
import org.sdghub.partners.api.PossibleDuplicate;
import org.sdghub.partners.config.ProposalsConfig;
import org.sdghub.partners.domain.Organisation;
import org.sdghub.partners.domain.OrganisationArchived;
import org.sdghub.partners.domain.OrganisationNotFound;
import org.sdghub.partners.domain.Profile;
import org.sdghub.partners.domain.Timestamps;
import org.sdghub.partners.domain.TooManyProposals;
import org.sdghub.partners.events.OrganisationEventTypes;
import org.sdghub.partners.repository.OrganisationFilter;
import org.sdghub.partners.repository.OrganisationRepository;
import org.sdghub.platform.Forbidden;
import org.sdghub.platform.IfMatch;
import org.sdghub.platform.Page;
import org.sdghub.platform.PageRequest;

/**
 * The use cases of the registry: register, read, revise, archive and list organisations. Each
 * change and its event are written in one transaction.
 */
@ApplicationScoped
public class OrganisationService {

  private final OrganisationRepository organisations;
  private final DuplicateCheck duplicates;
  private final OrganisationPublisher publisher;
  private final Permissions permissions;
  private final ProposalsConfig proposals;

  OrganisationService(
      OrganisationRepository organisations,
      DuplicateCheck duplicates,
      OrganisationPublisher publisher,
      Permissions permissions,
      ProposalsConfig proposals) {
    this.organisations = organisations;
    this.duplicates = duplicates;
    this.publisher = publisher;
    this.permissions = permissions;
    this.proposals = proposals;
  }

  /**
   * Registers an organisation, confirmed when a coordinator registers it and proposed (by the
   * actor's organisation) when a partner does; 400 on unknown codes, 409 if it looks like one
   * registered or the partner has too many proposals awaiting review.
   */
  @Transactional
  public OrganisationView create(
      OrganisationProfile request, Set<UUID> allowDuplicateOf, Actor actor) {
    ProfileRules.check(request);
    Profile profile = OrganisationConversions.toProfile(request);
    UUID id = UUID.randomUUID();
    DuplicateCheck.Verdict verdict =
        duplicates.check(id, null, profile.keys(), allowDuplicateOf, actor);
    Organisation organisation;
    if (actor.coordinator()) {
      organisation = Organisation.register(id, profile, Timestamps.now());
    } else {
      // The duplicate check holds the identity lock: two concurrent proposals count each other.
      requireRoomForAProposal(actor.organisationId());
      organisation = Organisation.propose(id, profile, actor.organisationId(), Timestamps.now());
    }
    organisations.persistAndFlush(organisation);
    duplicates.record(id, verdict, actor);
    return publish(OrganisationEventTypes.CREATED, organisation)
        .withPossibleDuplicates(OrganisationConversions.toPossible(verdict.offered()));
  }

  // Reads join a transaction if there is one but never start one: no commit to pay for.
  @Transactional(Transactional.TxType.SUPPORTS)
  public OrganisationView find(UUID id) {
    return OrganisationConversions.toView(load(id));
  }

  /**
   * Replaces the profile of a current organisation: 403 unless {@link
   * Permissions#requireProfileEditor} lets the actor edit it, 412 if {@code ifMatch} is stale, 409
   * if it is archived or would look like another one, 403 if the actor may not change identifier or
   * kind.
   */
  @Transactional
  public OrganisationView update(
      UUID id,
      IfMatch ifMatch,
      OrganisationProfile request,
      Set<UUID> allowDuplicateOf,
      Actor actor) {
    ProfileRules.check(request);
    Profile profile = OrganisationConversions.toProfile(request);
    Organisation organisation = load(id);
    permissions.requireProfileEditor(actor, organisation);
    ifMatch.check(organisation.version);
    if (organisation.isArchived()) {
      throw new OrganisationArchived(id);
    }
    if (!permissions.mayChangeIdentity(actor, organisation)) {
      requireIdentityUnchanged(organisation.profile(), profile);
    }
    DuplicateCheck.Verdict verdict =
        duplicates.check(id, organisation.keys(), profile.keys(), allowDuplicateOf, actor);
    List<PossibleDuplicate> possible = OrganisationConversions.toPossible(verdict.offered());
    if (profile.equals(organisation.profile()) && verdict.distinct().isEmpty()) {
      // Nothing changes: no new version, no event for consumers to process.
      return OrganisationConversions.toView(organisation).withPossibleDuplicates(possible);
    }
    organisation.revise(profile, Timestamps.now());
    organisations.flush();
    duplicates.record(id, verdict, actor);
    return publish(OrganisationEventTypes.UPDATED, organisation).withPossibleDuplicates(possible);
  }

  /** Archives a current organisation: 412 if {@code ifMatch} is stale, 409 if already archived. */
  @Transactional
  public OrganisationView archive(UUID id, IfMatch ifMatch) {
    Organisation organisation = load(id);
    ifMatch.check(organisation.version);
    if (organisation.isArchived()) {
      throw new OrganisationArchived(id);
    }
    organisation.archive(Timestamps.now());
    organisations.flush();
    return publish(OrganisationEventTypes.ARCHIVED, organisation);
  }

  /** One page of the organisations that pass the filters; 400 on an unknown code. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<OrganisationView> list(OrganisationQuery query, PageRequest page) {
    OrganisationFilter filter = QueryRules.toFilter(query);
    return organisations.search(filter, page).map(OrganisationConversions::toView);
  }

  private OrganisationView publish(String type, Organisation organisation) {
    return publisher.publish(type, organisation);
  }

  private void requireRoomForAProposal(UUID partner) {
    int limit = proposals.maxOpenPerPartner();
    if (organisations.countOpenProposalsOf(partner) >= limit) {
      throw new TooManyProposals(partner, limit);
    }
  }

  private Organisation load(UUID id) {
    return organisations.findByIdOptional(id).orElseThrow(() -> new OrganisationNotFound(id));
  }

  private static void requireIdentityUnchanged(Profile current, Profile requested) {
    if (!Objects.equals(current.identifier(), requested.identifier())
        || current.kind() != requested.kind()) {
      throw new Forbidden("Only a coordinator may change an organisation's identifier or kind.");
    }
  }
}
