package org.sdghub.projects.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.sdghub.platform.Page;
import org.sdghub.platform.PageRequest;
import org.sdghub.projects.domain.ProjectRevision;

/** The history of projects: one row per version, written with the change. */
@ApplicationScoped
public class RevisionRepository implements PanacheRepositoryBase<ProjectRevision, UUID> {

  /** One page of a project's versions, oldest first. */
  public Page<ProjectRevision> ofProject(UUID projectId, PageRequest page) {
    var query = find("projectId", Sort.by("version"), projectId);
    return Page.of(query.page(page.panachePage()).list(), page, query.count());
  }
}
