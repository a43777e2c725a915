package org.sdghub.funding.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;
import org.sdghub.funding.domain.ProjectCopy;

/** The copy of the projects; needs a transaction to write. */
@ApplicationScoped
public class ProjectCopyRepository implements PanacheRepositoryBase<ProjectCopy, UUID> {

  /**
   * The copy of one project, read only (null if unknown): a write that only checks and names the
   * project keeps no snapshot of it to compare at each flush.
   */
  public ProjectCopy read(UUID id) {
    return getEntityManager()
        .find(ProjectCopy.class, id, Map.of(HibernateHints.HINT_READ_ONLY, true));
  }

  /** Inserts or updates the copy of one project; answers the managed copy. */
  public ProjectCopy save(ProjectCopy copy) {
    return getEntityManager().merge(copy);
  }

  /**
   * The ids of the projects (deleted ones included) in this country and/or with this SDG goal; an
   * absent filter does not narrow.
   */
  @SuppressWarnings("unchecked")
  public List<UUID> idsWhere(Optional<String> country, Optional<Integer> sdgGoal) {
    StringBuilder sql = new StringBuilder("SELECT id FROM project_copy WHERE true");
    country.ifPresent(
        c ->
            sql.append(
                " AND recipient_countries @> jsonb_build_array(jsonb_build_object('country',"
                    + " CAST(:country AS text)))"));
    sdgGoal.ifPresent(g -> sql.append(" AND sdg_goals @> jsonb_build_array(CAST(:goal AS int))"));
    var query = getEntityManager().createNativeQuery(sql.toString(), UUID.class);
    country.ifPresent(c -> query.setParameter("country", c));
    sdgGoal.ifPresent(g -> query.setParameter("goal", g));
    return query.getResultList();
  }

  /** The projects with these ids. */
  public List<ProjectCopy> withIds(java.util.Collection<UUID> ids) {
    return ids.isEmpty() ? List.of() : list("id in ?1", ids);
  }

  /** Every project not deleted. */
  public List<ProjectCopy> current() {
    return list("deleted = false");
  }
}
