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
import org.sdghub.partners.domain.Organisation;
import org.sdghub.partners.domain.OrganisationArchived;
import org.sdghub.partners.domain.OrganisationNotFound;
import org.sdghub.partners.domain.Profile;
import org.sdghub.partners.domain.Timestamps;
import org.sdghub.partners.events.OrganisationEventTypes;
import org.sdghub.partners.repository.OrganisationFilter;
import org.sdghub.partners.repository.OrganisationRepository;
import org.sdghub.platform.DomainEvent;
import org.sdghub.platform.Forbidden;
import org.sdghub.platform.IfMatch;
import org.sdghub.platform.Outbox;
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
  private final Outbox outbox;

  OrganisationService(
      OrganisationRepository organisations, DuplicateCheck duplicates, Outbox outbox) {
    this.organisations = organisations;
    this.duplicates = duplicates;
    this.outbox = outbox;
  }

  /** Registers an organisation; 400 on unknown codes, 409 if it looks like one registered. */
  @Transactional
  public OrganisationView create(
      OrganisationProfile request, Set<UUID> allowDuplicateOf, Actor actor) {
    ProfileRules.check(request);
    Profile profile = OrganisationConversions.toProfile(request);
    UUID id = UUID.randomUUID();
    DuplicateCheck.Verdict verdict =
        duplicates.check(id, null, profile.keys(), allowDuplicateOf, actor);
    Organisation organisation = Organisation.register(id, profile, Timestamps.now());
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
   * Replaces the profile of a current organisation: 412 if {@code ifMatch} is stale, 409 if it is
   * archived or would look like another one, 403 if a non-coordinator changes identifier or kind.
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
    ifMatch.check(organisation.version);
    if (organisation.isArchived()) {
      throw new OrganisationArchived(id);
    }
    requireIdentityUnchangedUnlessCoordinator(organisation.profile(), profile, actor);
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
    // Flushed by the caller, so the version is the one just written: the event's sequence.
    outbox.append(
        new DomainEvent(
            type,
            organisation.id.toString(),
            organisation.version,
            OrganisationConversions.toState(organisation)));
    return OrganisationConversions.toView(organisation);
  }

  private Organisation load(UUID id) {
    return organisations.findByIdOptional(id).orElseThrow(() -> new OrganisationNotFound(id));
  }

  // The identifier and the kind say who the organisation is: its own staff cannot redefine that.
  private static void requireIdentityUnchangedUnlessCoordinator(
      Profile current, Profile requested, Actor actor) {
    if (!actor.coordinator()
        && (!Objects.equals(current.identifier(), requested.identifier())
            || current.kind() != requested.kind())) {
      throw new Forbidden("Only a coordinator may change an organisation's identifier or kind.");
    }
  }
}
