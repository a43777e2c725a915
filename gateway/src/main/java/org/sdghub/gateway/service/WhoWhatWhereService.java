package org.sdghub.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.sdghub.gateway.config.WhoWhatWhereConfig;
import org.sdghub.gateway.domain.AreaReference;
import org.sdghub.gateway.domain.WhoWhatWhereCube;
import org.sdghub.gateway.domain.WhoWhatWhereEntry;
import org.sdghub.gateway.domain.WhoWhatWhereGroup;
import org.sdghub.gateway.domain.WhoWhatWhereProject;
import org.sdghub.gateway.domain.WhoWhatWhereProject.ParticipantView;
import org.sdghub.gateway.domain.WhoWhatWhereProject.PlaceView;
import org.sdghub.gateway.domain.WhoWhatWhereQuery;
import org.sdghub.gateway.repository.WhoWhatWhereQueries;
import org.sdghub.platform.Page;
import org.sdghub.platform.PageRequest;

/** Answers who-what-where questions from the read model: groups, project pages and exports. */
@ApplicationScoped
public class WhoWhatWhereService {

  /** The fields the project listing sorts by. */
  public static final java.util.Map<String, String> SORTABLE = WhoWhatWhereQueries.SORTABLE;

  private final WhoWhatWhereQueries queries;
  private final WhoWhatWhereIndex index;
  private final WhoWhatWhereConfig config;
  private final AreaReference areas = AreaReference.load();

  WhoWhatWhereService(
      WhoWhatWhereQueries queries, WhoWhatWhereIndex index, WhoWhatWhereConfig config) {
    this.queries = queries;
    this.index = index;
    this.config = config;
  }

  /**
   * The groups of a grouped query: from the in-memory index when it is as current as the read
   * model, else from PostgreSQL; both answer alike.
   */
  public List<WhoWhatWhereGroup> groups(WhoWhatWhereQuery query) {
    return index.groups(query).orElseGet(() -> queries.groups(query));
  }

  /** One page of the matching projects, each with its matching rows folded in. */
  public Page<WhoWhatWhereProject> projects(WhoWhatWhereQuery query, PageRequest page) {
    Optional<WhoWhatWhereCube.Matching> fromMemory = index.projects(query, page);
    List<UUID> ids =
        fromMemory.isPresent() ? fromMemory.get().ids() : queries.projectIds(query, page);
    long total = fromMemory.isPresent() ? fromMemory.get().total() : queries.countProjects(query);
    Map<UUID, List<WhoWhatWhereEntry>> byProject = new LinkedHashMap<>();
    ids.forEach(id -> byProject.put(id, new ArrayList<>()));
    if (!ids.isEmpty()) {
      queries.entriesOf(query, ids).forEach(e -> byProject.get(e.projectId()).add(e));
    }
    List<WhoWhatWhereProject> items = byProject.values().stream().map(this::project).toList();
    return Page.of(items, page, total);
  }

  /** Streams every matching row, with constant memory. Must not run inside a transaction. */
  public void export(WhoWhatWhereQuery query, Consumer<WhoWhatWhereEntry> each) {
    queries.stream(query, config.exportFetchSize(), each);
  }

  /** The names and centres of areas and countries, for exports. */
  public AreaReference areas() {
    return areas;
  }

  private WhoWhatWhereProject project(List<WhoWhatWhereEntry> entries) {
    WhoWhatWhereEntry first = entries.get(0);
    LinkedHashSet<PlaceView> places = new LinkedHashSet<>();
    LinkedHashSet<Integer> goals = new LinkedHashSet<>();
    LinkedHashSet<String> targets = new LinkedHashSet<>();
    LinkedHashSet<ParticipantView> participants = new LinkedHashSet<>();
    Map<String, WhoWhatWhereEntry> byCountry = new LinkedHashMap<>();
    for (WhoWhatWhereEntry e : entries) {
      String areaName = areas.of(e.adminArea()).map(AreaReference.Named::nameEn).orElse(null);
      places.add(
          new PlaceView(
              e.country(),
              e.adminArea(),
              e.adminArea() == null ? null : areaName,
              e.locationName()));
      if (e.sdgGoal() != null) {
        goals.add(e.sdgGoal());
      }
      if (e.sdgTarget() != null) {
        targets.add(e.sdgTarget());
      }
      participants.add(
          new ParticipantView(
              e.organisationId(),
              e.organisationName(),
              e.organisationAcronym(),
              e.organisationType(),
              e.organisationKind(),
              e.role(),
              e.confirmation()));
      byCountry.putIfAbsent(e.country(), e);
    }
    BigDecimal budget = sum(byCountry.values().stream().map(WhoWhatWhereEntry::budgetUsd).toList());
    BigDecimal committed =
        sum(byCountry.values().stream().map(WhoWhatWhereEntry::committedUsd).toList());
    return new WhoWhatWhereProject(
        first.projectId(),
        first.iatiIdentifier(),
        first.projectTitle(),
        first.status(),
        first.start(),
        first.end(),
        first.reportingOrganisationId(),
        List.copyOf(places),
        List.copyOf(goals),
        List.copyOf(targets),
        List.copyOf(participants),
        first.budget(),
        budget,
        committed,
        sum(byCountry.values().stream().map(WhoWhatWhereEntry::disbursedUsd).toList()),
        budget == null || committed == null ? null : budget.subtract(committed));
  }

  private static BigDecimal sum(List<BigDecimal> amounts) {
    return amounts.stream().filter(a -> a != null).reduce(BigDecimal::add).orElse(null);
  }
}
