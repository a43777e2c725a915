package org.sdghub.projects.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sdghub.projects.domain.KnownOrganisation;
import org.sdghub.projects.domain.KnownOrganisationEntity;
import org.sdghub.projects.domain.KnownOrganisationNamesConverter;

/**
 * The local copy of the partner registry, kept current from partner events. Reads join the caller's
 * transaction if there is one; writes must run inside one (the inbox's).
 */
@ApplicationScoped
public class KnownOrganisationRepository {

  /** Up to this many ids are looked up one by one (by primary key, from the session first). */
  private static final int FIND_ONE_BY_ONE = 16;

  /** An organisation of the copy with the registry's version of it. */
  public record Stored(KnownOrganisation organisation, long version) {}

  private static final String SELECT_STORED =
      "SELECT id, identifier, names::text, acronym, type, kind, archived, version, proposed_by,"
          + " merged_into FROM known_organisation";
  private static final KnownOrganisationNamesConverter NAMES =
      new KnownOrganisationNamesConverter();

  private final EntityManager entityManager;
  private final AgroalDataSource dataSource;

  KnownOrganisationRepository(EntityManager entityManager, AgroalDataSource dataSource) {
    this.entityManager = entityManager;
    this.dataSource = dataSource;
  }

  /** The organisation with this id, if partner events have told of it. */
  public Optional<KnownOrganisation> find(UUID id) {
    return findCopy(id).map(KnownOrganisationEntity::toKnownOrganisation);
  }

  /** The known organisations among these ids, by id (unknown ids are absent). */
  public Map<UUID, KnownOrganisation> findAll(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    Set<UUID> wanted = ids.stream().filter(Objects::nonNull).collect(Collectors.toSet());
    if (wanted.size() <= FIND_ONE_BY_ONE) {
      // A project names a few organisations: looking each up by its key costs less than the
      // translation Hibernate makes of an "in" query for every new number of ids.
      return wanted.stream()
          .map(id -> entityManager.find(KnownOrganisationEntity.class, id))
          .filter(Objects::nonNull)
          .map(KnownOrganisationEntity::toKnownOrganisation)
          .collect(Collectors.toUnmodifiableMap(KnownOrganisation::id, Function.identity()));
    }
    return entityManager
        .createQuery("from KnownOrganisationEntity where id in :ids", KnownOrganisationEntity.class)
        .setParameter("ids", wanted)
        .getResultStream()
        .map(KnownOrganisationEntity::toKnownOrganisation)
        .collect(Collectors.toUnmodifiableMap(KnownOrganisation::id, Function.identity()));
  }

  /**
   * The organisations whose IATI organisation identifier, followed by a hyphen, begins this
   * activity identifier (whatever the letter case).
   */
  public List<KnownOrganisation> prefixing(String activityIdentifier) {
    @SuppressWarnings("unchecked")
    List<UUID> ids =
        entityManager
            .createNativeQuery(
                "SELECT id FROM known_organisation WHERE identifier IS NOT NULL"
                    + " AND starts_with(upper(?1), upper(identifier) || '-')"
                    + " AND length(?1) > length(identifier) + 1",
                UUID.class)
            .setParameter(1, activityIdentifier)
            .getResultList();
    return List.copyOf(findAll(ids).values());
  }

  /** The stored copy of one organisation, to be changed by the event handler. */
  public Optional<KnownOrganisationEntity> findCopy(UUID id) {
    return Optional.ofNullable(entityManager.find(KnownOrganisationEntity.class, id));
  }

  /** Stores a new or changed copy; must run inside a transaction. */
  public void save(KnownOrganisationEntity copy) {
    if (!entityManager.contains(copy)) {
      entityManager.persist(copy);
    }
  }

  /**
   * Every organisation of the copy, in one statement; call it outside any transaction, so that it
   * reads only what is committed (what it returns is kept in memory and served to everybody).
   */
  public List<Stored> loadAll() {
    return select(SELECT_STORED, null);
  }

  /** One organisation as committed, like {@link #loadAll}; empty if the copy has none. */
  public Optional<Stored> load(UUID id) {
    return select(SELECT_STORED + " WHERE id = ?", id).stream().findFirst();
  }

  private List<Stored> select(String sql, UUID id) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      if (id != null) {
        s.setObject(1, id);
      }
      List<Stored> found = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          found.add(stored(rs));
        }
      }
      return found;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the organisation copy", e);
    }
  }

  private static Stored stored(ResultSet rs) throws SQLException {
    KnownOrganisation organisation =
        new KnownOrganisation(
            rs.getObject(1, UUID.class),
            rs.getString(2),
            Map.copyOf(NAMES.convertToEntityAttribute(rs.getString(3))),
            rs.getString(4),
            rs.getString(5),
            rs.getString(6),
            rs.getBoolean(7),
            rs.getObject(9, UUID.class),
            rs.getObject(10, UUID.class));
    return new Stored(organisation, rs.getLong(8));
  }
}
