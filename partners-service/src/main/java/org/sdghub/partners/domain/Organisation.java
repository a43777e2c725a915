package org.sdghub.partners.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * An organisation in the registry (UN entity, donor, government body, NGO…), with the normalised
 * keys of its identity kept beside the values so that duplicates are found by an indexed query.
 */
@Entity
@Table(name = "organisation")
public class Organisation {

  @Id public UUID id;

  public String identifier;

  @Column(name = "identifier_key")
  public String identifierKey;

  @Embedded public OrganisationName name;

  public String acronym;

  @Column(name = "acronym_key")
  public String acronymKey;

  public String type;

  @Enumerated(EnumType.STRING)
  public OrganisationKind kind;

  @Column(name = "headquarters_country")
  public String headquartersCountry;

  /** Derived from kind and type ({@link Profile#governmentBody()}), for the duplicate queries. */
  @Column(name = "government_body")
  public boolean governmentBody;

  /** The version of the folding rules ({@link NameKeys#VERSION}) the stored keys follow. */
  @Column(name = "keys_version")
  public int keysVersion;

  @ElementCollection
  @CollectionTable(
      name = "organisation_country",
      joinColumns = @JoinColumn(name = "organisation_id"))
  @Column(name = "country")
  public Set<String> countries = new HashSet<>();

  public String website;

  @ElementCollection
  @CollectionTable(name = "organisation_alias", joinColumns = @JoinColumn(name = "organisation_id"))
  @OrderColumn(name = "position")
  @Column(name = "alias")
  public List<String> aliases = new ArrayList<>();

  @ElementCollection
  @CollectionTable(
      name = "organisation_name_key",
      joinColumns = @JoinColumn(name = "organisation_id"))
  public Set<NameKey> nameKeys = new HashSet<>();

  @Enumerated(EnumType.STRING)
  public OrganisationStatus status;

  /** The proposing partner's organisation while this is a proposal not yet confirmed, else null. */
  @Column(name = "proposed_by")
  public UUID proposedBy;

  /** The survivor this duplicate was merged into (it is then archived), else null. */
  @Column(name = "merged_into")
  public UUID mergedInto;

  /** The IATI identifiers of the duplicates merged into this organisation. */
  @ElementCollection
  @CollectionTable(
      name = "organisation_former_identifier",
      joinColumns = @JoinColumn(name = "organisation_id"))
  @OrderColumn(name = "position")
  @Column(name = "identifier")
  public List<String> formerIdentifiers = new ArrayList<>();

  @Version public long version;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  /** A new, active organisation with this profile. */
  public static Organisation register(UUID id, Profile profile, Instant now) {
    Organisation organisation = new Organisation();
    organisation.id = id;
    organisation.status = OrganisationStatus.ACTIVE;
    organisation.createdAt = now;
    organisation.apply(profile, now);
    return organisation;
  }

  /** A new organisation proposed by a partner: usable at once, confirmed later by a coordinator. */
  public static Organisation propose(UUID id, Profile profile, UUID proposer, Instant now) {
    Organisation organisation = register(id, profile, now);
    organisation.proposedBy = proposer;
    return organisation;
  }

  /** Whether this is a partner's proposal that no coordinator has confirmed (nor archived). */
  public boolean isProposed() {
    return proposedBy != null && !isArchived();
  }

  /** A coordinator confirms the proposal: it becomes an organisation like any other. */
  public void confirm(Instant now) {
    proposedBy = null;
    updatedAt = now;
  }

  /**
   * Takes in what identifies {@code duplicate}: its names in every language, its acronym and its
   * aliases become aliases here (those not already known under the same key), its IATI identifiers
   * former identifiers here.
   */
  /** How many aliases this organisation would have once it absorbed {@code duplicate}. */
  public int aliasesAfterAbsorbing(Organisation duplicate) {
    return MergedIdentity.profile(this, duplicate).aliases().size();
  }

  public void absorb(Organisation duplicate, Instant now) {
    MergedIdentity.formerIdentifiers(this, duplicate).stream()
        .filter(i -> !formerIdentifiers.contains(i))
        .forEach(formerIdentifiers::add);
    apply(MergedIdentity.profile(this, duplicate), now);
  }

  /** Archives this duplicate as merged into {@code survivor}; old references follow the link. */
  public void mergeInto(UUID survivor, Instant now) {
    mergedInto = survivor;
    archive(now);
  }

  public boolean isMerged() {
    return mergedInto != null;
  }

  /** Replaces the profile; the caller has checked that the organisation is not archived. */
  public void revise(Profile profile, Instant now) {
    apply(profile, now);
  }

  /** Archives the organisation; it stays readable and referable. */
  public void archive(Instant now) {
    status = OrganisationStatus.ARCHIVED;
    updatedAt = now;
  }

  public boolean isArchived() {
    return status == OrganisationStatus.ARCHIVED;
  }

  /** The profile as it is now. */
  public Profile profile() {
    return new Profile(
        identifier,
        name,
        acronym,
        type,
        kind,
        headquartersCountry,
        new TreeSet<>(countries),
        website,
        aliases);
  }

  /** The keys stored for the duplicate check. */
  public DuplicateKeys keys() {
    return new DuplicateKeys(
        identifierKey, nameKeys, acronymKey, headquartersCountry, governmentBody);
  }

  private void apply(Profile profile, Instant now) {
    DuplicateKeys keys = profile.keys();
    identifier = profile.identifier();
    identifierKey = keys.identifier();
    name = profile.name();
    acronym = profile.acronym();
    acronymKey = keys.acronym();
    type = profile.type();
    kind = profile.kind();
    headquartersCountry = profile.headquartersCountry();
    governmentBody = keys.governmentBody();
    keysVersion = NameKeys.VERSION;
    website = profile.website();
    // Changing the managed collections in place lets Hibernate write only what changed.
    countries.retainAll(profile.countries());
    countries.addAll(profile.countries());
    aliases.clear();
    aliases.addAll(profile.aliases());
    nameKeys.retainAll(keys.names());
    nameKeys.addAll(keys.names());
    updatedAt = now;
  }
}
