package org.sdghub.partners.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sdghub.partners.domain.DuplicateKeys;
import org.sdghub.partners.domain.NameKey;
import org.sdghub.partners.domain.Organisation;
import org.sdghub.partners.domain.OrganisationStatus;
import org.sdghub.platform.Page;
import org.sdghub.platform.PageRequest;

/** Reads and writes organisations; every query of the registry's identities is here. */
@ApplicationScoped
public class OrganisationRepository implements PanacheRepositoryBase<Organisation, UUID> {

  /** The advisory lock that serialises changes to the registry's identities. */
  private static final long IDENTITY_LOCK = 0x5D6_0A11_7E25L;

  /**
   * Holds the registry's identity lock until the transaction ends, so that two concurrent requests
   * cannot both pass the duplicate check with the same new name (registry writes are rare: the wait
   * costs nothing noticeable). Must run inside a transaction.
   */
  public void lockIdentities() {
    getEntityManager()
        .createNativeQuery("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(?1)) AS locked")
        .setParameter(1, IDENTITY_LOCK)
        .getSingleResult();
  }

  /**
   * The other organisations that share a key with {@code keys}, leaving out {@code self} and those
   * a coordinator declared distinct from it: an index lookup on each key.
   */
  public List<Organisation> findLookalikes(UUID self, DuplicateKeys keys) {
    StringBuilder sql =
        new StringBuilder(
            "SELECT o.id FROM organisation o WHERE (o.id IN (SELECT k.organisation_id"
                + " FROM organisation_name_key k WHERE k.name_key IN (:names))");
    if (keys.identifier() != null) {
      sql.append(" OR o.identifier_key = :identifier");
    }
    if (keys.acronym() != null) {
      sql.append(" OR (o.acronym_key = :acronym AND o.headquarters_country = :country)");
    }
    sql.append(
        ") AND o.id <> :self AND NOT EXISTS (SELECT 1 FROM organisation_distinct_pair p"
            + " WHERE p.organisation_id = :self AND p.other_id = o.id)");
    Query query =
        getEntityManager()
            .createNativeQuery(sql.toString(), UUID.class)
            // An empty IN list is not SQL; no stored key is empty, so "" matches nothing.
            .setParameter("names", keys.nameValues().isEmpty() ? List.of("") : keys.nameValues())
            .setParameter("self", self);
    if (keys.identifier() != null) {
      query.setParameter("identifier", keys.identifier());
    }
    if (keys.acronym() != null) {
      query.setParameter("acronym", keys.acronym()).setParameter("country", keys.country());
    }
    @SuppressWarnings("unchecked")
    List<UUID> ids = query.getResultList();
    return ids.isEmpty() ? List.of() : list("id in ?1 order by identifier nulls last, id", ids);
  }

  /**
   * Records that {@code organisation} differs from each of {@code others}, in both directions.
   * Flushes first: the rows refer to organisations the session may not have written yet.
   */
  public void declareDistinct(UUID organisation, List<UUID> others, UUID declaredBy, Instant at) {
    flush();
    for (UUID other : others) {
      for (UUID[] pair : new UUID[][] {{organisation, other}, {other, organisation}}) {
        getEntityManager()
            .createNativeQuery(
                "INSERT INTO organisation_distinct_pair"
                    + " (organisation_id, other_id, declared_by, declared_at)"
                    + " VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING")
            .setParameter(1, pair[0])
            .setParameter(2, pair[1])
            .setParameter(3, declaredBy)
            .setParameter(4, at)
            .executeUpdate();
      }
    }
  }

  /** How many of the partner's proposals await a coordinator (active, not yet confirmed). */
  public long countOpenProposalsOf(UUID partner) {
    return count("proposedBy = ?1 and status = ?2", partner, OrganisationStatus.ACTIVE);
  }

  /** One page of the proposals awaiting a coordinator, oldest first. */
  public Page<Organisation> openProposals(PageRequest page) {
    String where = "proposedBy is not null and status = ?1";
    List<Organisation> items =
        find(where + " order by createdAt, id", OrganisationStatus.ACTIVE)
            .page(page.panachePage())
            .list();
    return Page.of(items, page, count(where, OrganisationStatus.ACTIVE));
  }

  /**
   * Makes {@code survivor} differ from every organisation a coordinator declared {@code duplicate}
   * different from, in both directions: they were told apart from the identity it now carries. Must
   * run inside a transaction.
   */
  public void inheritDistinctPairs(UUID duplicate, UUID survivor) {
    flush();
    getEntityManager()
        .createNativeQuery(
            "INSERT INTO organisation_distinct_pair"
                + " (organisation_id, other_id, declared_by, declared_at)"
                + " SELECT ?2, p.other_id, p.declared_by, p.declared_at"
                + " FROM organisation_distinct_pair p WHERE p.organisation_id = ?1"
                + " AND p.other_id <> ?2"
                + " UNION ALL SELECT p.other_id, ?2, p.declared_by, p.declared_at"
                + " FROM organisation_distinct_pair p WHERE p.organisation_id = ?1"
                + " AND p.other_id <> ?2 ON CONFLICT DO NOTHING")
        .setParameter(1, duplicate)
        .setParameter(2, survivor)
        .executeUpdate();
  }

  /** Records who merged {@code duplicate} into {@code survivor}, when and why. */
  public void recordMerge(UUID duplicate, UUID survivor, String reason, UUID by, Instant at) {
    flush();
    getEntityManager()
        .createNativeQuery(
            "INSERT INTO organisation_merge (duplicate_id, survivor_id, reason, merged_by,"
                + " merged_at) VALUES (?1, ?2, ?3, ?4, ?5)")
        .setParameter(1, duplicate)
        .setParameter(2, survivor)
        .setParameter(3, reason)
        .setParameter(4, by)
        .setParameter(5, at)
        .executeUpdate();
  }

  /**
   * Up to {@code limit} organisations whose keys follow folding rules older than {@code version}.
   */
  public List<Organisation> withKeysOlderThan(int version, int limit) {
    return find("keysVersion < ?1 order by id", version).page(0, limit).list();
  }

  /**
   * Replaces the stored keys of organisations with {@code keys}, computed under folding rules
   * {@code version}, without a new version of any: keys are derived from the profile, not part of
   * it, so consumers have nothing to learn. Clears the session first (the rows are written past
   * it). Must run inside a transaction.
   */
  public void rewriteKeys(Map<UUID, DuplicateKeys> keys, int version) {
    getEntityManager().clear();
    for (Map.Entry<UUID, DuplicateKeys> entry : keys.entrySet()) {
      UUID id = entry.getKey();
      DuplicateKeys k = entry.getValue();
      getEntityManager()
          .createNativeQuery(
              "UPDATE organisation SET identifier_key = ?2, acronym_key = ?3,"
                  + " government_body = ?4, keys_version = ?5 WHERE id = ?1")
          .setParameter(1, id)
          .setParameter(2, k.identifier())
          .setParameter(3, k.acronym())
          .setParameter(4, k.governmentBody())
          .setParameter(5, version)
          .executeUpdate();
      getEntityManager()
          .createNativeQuery("DELETE FROM organisation_name_key WHERE organisation_id = ?1")
          .setParameter(1, id)
          .executeUpdate();
      for (NameKey name : k.names()) {
        getEntityManager()
            .createNativeQuery(
                "INSERT INTO organisation_name_key (organisation_id, source, name_key, folded)"
                    + " VALUES (?1, ?2, ?3, ?4)")
            .setParameter(1, id)
            .setParameter(2, name.source())
            .setParameter(3, name.normalised())
            .setParameter(4, name.folded())
            .executeUpdate();
      }
    }
  }

  /** One page of the organisations that pass the filter, in the requested order. */
  public Page<Organisation> search(OrganisationFilter filter, PageRequest page) {
    Where where = new Where();
    filter.kind().ifPresent(kind -> where.and("kind = :kind", "kind", kind));
    filter.type().ifPresent(type -> where.and("type = :type", "type", type));
    filter.status().ifPresent(status -> where.and("status = :status", "status", status));
    filter
        .country()
        .ifPresent(
            country ->
                where.and(
                    "(headquartersCountry = :country or :country member of countries)",
                    "country",
                    country));
    // Keys hold only letters and digits, so the fragment carries no LIKE wildcard of its own.
    filter
        .nameKey()
        .ifPresent(
            key ->
                where.and(
                    "(acronymKey like :fragment or id in (select o.id from Organisation o"
                        + " join o.nameKeys k where k.normalised like :fragment))",
                    "fragment",
                    "%" + key + "%"));
    filter.updatedSince().ifPresent(since -> where.and("updatedAt >= :since", "since", since));
    List<Organisation> items =
        find(where.query(), page.panacheSort(), where.params).page(page.panachePage()).list();
    return Page.of(items, page, count(where.query(), where.params));
  }

  /** The conditions of a query and their named parameters, joined with "and". */
  private static final class Where {
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    void and(String condition, String parameter, Object value) {
      conditions.add(condition);
      params.put(parameter, value);
    }

    String query() {
      return conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
    }
  }
}
