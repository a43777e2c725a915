package org.sdghub.partners.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.sdghub.partners.api.MergeRequest;
import org.sdghub.partners.api.OrganisationProfile;
import org.sdghub.partners.api.OrganisationView;
import org.sdghub.partners.domain.MergeTargetNotCurrent;
import org.sdghub.partners.domain.Organisation;
import org.sdghub.partners.domain.OrganisationArchived;
import org.sdghub.partners.domain.OrganisationMerged;
import org.sdghub.partners.domain.OrganisationNotFound;
import org.sdghub.partners.domain.Timestamps;
import org.sdghub.partners.events.OrganisationEventTypes;
import org.sdghub.partners.repository.ContactRepository;
import org.sdghub.partners.repository.OrganisationRepository;
import org.sdghub.platform.Conflict;
import org.sdghub.platform.IfMatch;
import org.sdghub.platform.InvalidInput;

/**
 * Merges a duplicate into the organisation that survives, in one transaction: the survivor takes
 * the duplicate's names, acronym and aliases as aliases, its IATI identifiers as former ones, its
 * contacts and the coordinators' statements of difference; the duplicate is archived with {@code
 * mergedInto}. Both changes are published.
 */
@ApplicationScoped
public class MergeService {

  private final OrganisationRepository organisations;
  private final ContactRepository contacts;
  private final NearMatches nearMatches;
  private final OrganisationPublisher publisher;

  MergeService(
      OrganisationRepository organisations,
      ContactRepository contacts,
      NearMatches nearMatches,
      OrganisationPublisher publisher) {
    this.organisations = organisations;
    this.contacts = contacts;
    this.nearMatches = nearMatches;
    this.publisher = publisher;
  }

  /**
   * Merges organisation {@code id} into {@code request.into()}; answers the archived duplicate. 400
   * if it would merge into itself or into an unknown organisation, 412 if {@code ifMatch} is stale,
   * 409 if the duplicate is already merged or archived, or the survivor is not current.
   */
  @Transactional
  public OrganisationView merge(UUID id, IfMatch ifMatch, MergeRequest request, Actor actor) {
    if (request.into().equals(id)) {
      throw new InvalidInput(
          MergeTargetNotCurrent.FIELD, "an organisation cannot be merged into itself");
    }
    // Identities change: serialised with every duplicate check.
    organisations.lockIdentities();
    Organisation duplicate =
        organisations.findByIdOptional(id).orElseThrow(() -> new OrganisationNotFound(id));
    ifMatch.check(duplicate.version);
    requireMergeable(duplicate);
    Organisation survivor = survivor(request.into());
    int aliases = survivor.aliasesAfterAbsorbing(duplicate);
    if (aliases > OrganisationProfile.MAX_ALIASES) {
      // Else the survivor could no longer be sent back as read: a PUT takes at most that many.
      throw new Conflict(
          "Merging would give organisation "
              + survivor.id
              + " "
              + aliases
              + " aliases, more than the "
              + OrganisationProfile.MAX_ALIASES
              + " an organisation holds: remove some of its or the duplicate's aliases first.",
          Map.of("aliases", aliases, "limit", OrganisationProfile.MAX_ALIASES));
    }
    Instant now = Timestamps.now();
    survivor.absorb(duplicate, now);
    duplicate.mergeInto(survivor.id, now);
    organisations.flush();
    nearMatches.store(survivor.id, nearMatches.of(survivor.id, survivor.keys()));
    organisations.inheritDistinctPairs(duplicate.id, survivor.id);
    organisations.recordMerge(
        duplicate.id, survivor.id, request.reason().trim(), actor.organisationId(), now);
    contacts.moveAll(duplicate.id, survivor.id, now);
    publisher.publish(OrganisationEventTypes.UPDATED, survivor);
    return publisher.publish(OrganisationEventTypes.MERGED, duplicate);
  }

  private static void requireMergeable(Organisation duplicate) {
    if (duplicate.isMerged()) {
      throw new OrganisationMerged(duplicate.id, duplicate.mergedInto);
    }
    if (duplicate.isArchived()) {
      throw new OrganisationArchived(duplicate.id);
    }
  }

  private Organisation survivor(UUID into) {
    Organisation survivor =
        organisations
            .findByIdOptional(into)
            .orElseThrow(
                () ->
                    new InvalidInput(
                        MergeTargetNotCurrent.FIELD, "no organisation " + into + " is registered"));
    if (survivor.isArchived()) {
      throw new MergeTargetNotCurrent(survivor);
    }
    return survivor;
  }
}
