package org.sdghub.projects.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.sdghub.projects.api.ProjectView;
import org.sdghub.projects.domain.KnownOrganisation;

/**
 * Fills in participating organisations' current names and archived flags from the local copy of the
 * partner registry at read time (names change with partner events; documents do not), from its
 * in-memory copy (or one query for however many projects while that copy cannot be trusted).
 */
@ApplicationScoped
public class ParticipantNames {

  private final OrganisationDirectory organisations;

  ParticipantNames(OrganisationDirectory organisations) {
    this.organisations = organisations;
  }

  /** The project with its participants named. */
  public ProjectView named(ProjectView project) {
    return named(List.of(project)).get(0);
  }

  /** The projects with their participants named, in one lookup. */
  public List<ProjectView> named(List<ProjectView> projects) {
    Set<UUID> ids = new LinkedHashSet<>();
    projects.forEach(p -> p.participatingOrganisations().forEach(o -> ids.add(o.organisationId())));
    Map<UUID, KnownOrganisation> known = ids.isEmpty() ? Map.of() : organisations.findAll(ids);
    return projects.stream().map(p -> named(p, known)).toList();
  }

  /** The project with its participants named from organisations already looked up. */
  public ProjectView named(ProjectView project, Map<UUID, KnownOrganisation> known) {
    return project.withParticipants(
        project.participatingOrganisations().stream()
            .map(
                p -> {
                  KnownOrganisation o = known.get(p.organisationId());
                  return o == null ? p : p.named(o.name(), o.archived());
                })
            .toList());
  }
}
