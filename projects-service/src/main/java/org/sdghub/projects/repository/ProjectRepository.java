package org.sdghub.projects.repository;

import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.postgresql.PGStatement;
import org.sdghub.platform.Page;
import org.sdghub.platform.PageRequest;
import org.sdghub.projects.domain.Project;

/**
 * Reads and writes projects. Changes go through the entity (its version guards against lost
 * updates); reads take the stored API document straight from its row with one SQL statement, no
 * entity built, and lists are one indexed query for the page plus one count.
 */
@ApplicationScoped
public class ProjectRepository implements PanacheRepositoryBase<Project, UUID> {

  private static final String TEXT_QUERY =
      "(websearch_to_tsquery('english', ?) || websearch_to_tsquery('russian', ?)"
          + " || websearch_to_tsquery('simple', ?))";

  private final AgroalDataSource dataSource;

  ProjectRepository(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The id of the project with this IATI identifier key, if any. */
  public Optional<UUID> idWithIdentifierKey(String key) {
    return getEntityManager()
        .createQuery("select p.id from Project p where p.iatiIdentifierKey = :key", UUID.class)
        .setParameter("key", key)
        .getResultStream()
        .findFirst();
  }

  /**
   * The projects that name the organisation anywhere (reporting, participating in any role and
   * answer, declined included, or editor), locked for update, in id order. A scan of the table: it
   * serves merges in the partner registry, which are rare.
   */
  public List<UUID> idsNaming(UUID organisation) {
    @SuppressWarnings("unchecked")
    List<UUID> ids =
        getEntityManager()
            .createNativeQuery(
                "SELECT id FROM project WHERE reporting_organisation_id = ?1"
                    + " OR content -> 'participatingOrganisations'"
                    + " @> jsonb_build_array(jsonb_build_object('organisationId', ?2))"
                    + " OR jsonb_exists(content -> 'editors', ?2)"
                    + " ORDER BY id FOR UPDATE",
                UUID.class)
            .setParameter(1, organisation)
            .setParameter(2, organisation.toString())
            .getResultList();
    return ids;
  }

  /** The stored API document of the project, as JSON text. */
  public Optional<String> document(UUID id) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT document::text FROM project WHERE id = ?")) {
      s.setObject(1, id);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read project " + id, e);
    }
  }

  /**
   * The stored documents of one page of the projects that pass the filter, in the requested order
   * (the page's attributes are column names), and how many pass it in all.
   */
  public Page<String> search(ProjectFilter filter, PageRequest page) {
    Where where = Where.of(filter);
    String select =
        "SELECT document::text FROM project"
            + where.sql()
            + " ORDER BY "
            + page.orderBy()
            + " LIMIT ? OFFSET ?";
    List<Object> params = new ArrayList<>(where.params);
    params.add(page.size());
    params.add(page.offset());
    try (Connection c = dataSource.getConnection()) {
      List<String> documents = new ArrayList<>();
      try (PreparedStatement s = prepare(c, select, params);
          ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          documents.add(rs.getString(1));
        }
      }
      long total = documents.size();
      // The count is needed only when the page does not already tell it.
      if (page.offset() > 0 || documents.size() == page.size()) {
        try (PreparedStatement s =
                prepare(c, "SELECT count(*) FROM project" + where.sql(), where.params);
            ResultSet rs = s.executeQuery()) {
          rs.next();
          total = rs.getLong(1);
        }
      }
      return Page.of(documents, page, total);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot list projects", e);
    }
  }

  private static PreparedStatement prepare(Connection c, String sql, List<Object> params)
      throws SQLException {
    PreparedStatement s = c.prepareStatement(sql);
    // Planned each time with the actual values: after a few executions the driver would switch to
    // a server-side prepared statement, whose generic plan cannot tell a rare filter value from a
    // common one and scans the whole table for counts a GIN index answers in milliseconds.
    s.unwrap(PGStatement.class).setPrepareThreshold(0);
    for (int i = 0; i < params.size(); i++) {
      Object value = params.get(i);
      if (value instanceof LocalDate date) {
        s.setObject(i + 1, date, Types.DATE);
      } else if (value instanceof Instant instant) {
        s.setTimestamp(i + 1, Timestamp.from(instant));
      } else {
        s.setObject(i + 1, value);
      }
    }
    return s;
  }

  /** The conditions of a list query, each served by an index, and their parameters. */
  private static final class Where {
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    static Where of(ProjectFilter f) {
      Where w = new Where();
      f.country().ifPresent(v -> w.and("countries @> ARRAY[?]::text[]", v));
      f.adminArea().ifPresent(v -> w.and("admin_areas @> ARRAY[?]::text[]", v));
      f.sdgGoal().ifPresent(v -> w.and("sdg_goals @> ARRAY[?]::integer[]", v));
      f.sdgTarget().ifPresent(v -> w.and("sdg_targets @> ARRAY[?]::text[]", v));
      f.status().ifPresent(v -> w.and("status = ?", v.name()));
      f.organisationKey().ifPresent(v -> w.and("organisation_roles @> ARRAY[?]::text[]", v));
      if (f.activeOn().isPresent() || f.activeFrom().isPresent()) {
        // A cancelled project is active on no day, whatever its dates.
        w.and("status <> 'CANCELLED'");
      }
      f.activeOn().ifPresent(v -> w.and("active_period @> ?::date", v));
      if (f.activeFrom().isPresent() && f.activeTo().isPresent()) {
        w.and(
            "active_period && daterange(?::date, ?::date, '[]')",
            f.activeFrom().get(),
            f.activeTo().get());
      }
      f.text().ifPresent(v -> w.and("search @@ " + TEXT_QUERY, v, v, v));
      f.updatedSince().ifPresent(v -> w.and("updated_at >= ?", v));
      return w;
    }

    void and(String condition, Object... values) {
      conditions.add(condition);
      params.addAll(List.of(values));
    }

    String sql() {
      return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }
  }
}
