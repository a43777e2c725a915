package org.sdghub.gateway.api;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sdghub.gateway.domain.ReadModelStatus;
import org.sdghub.gateway.domain.ReadModelStatus.TopicStatus;
import org.sdghub.gateway.domain.WhoWhatWhereGroup;
import org.sdghub.gateway.domain.WhoWhatWhereProject;
import org.sdghub.platform.Page;

/** The JSON answers of {@code GET /api/v1/who-what-where}, each saying how current it is. */
final class WhoWhatWhereAnswers {

  private WhoWhatWhereAnswers() {}

  /** Grouped: the groups, largest first. */
  record Groups(
      List<String> groupBy,
      List<WhoWhatWhereGroup> groups,
      Instant asOf,
      List<TopicStatus> topics) {

    static Groups of(List<String> groupBy, List<WhoWhatWhereGroup> groups, ReadModelStatus status) {
      return new Groups(groupBy, groups, status.asOf(), status.topics());
    }
  }

  /** Ungrouped: a page of the matching projects, as every list of the API is paged. */
  record Projects(
      List<WhoWhatWhereProject> items,
      int page,
      int size,
      long total,
      Instant asOf,
      List<TopicStatus> topics) {

    static Projects of(Page<WhoWhatWhereProject> page, ReadModelStatus status) {
      return new Projects(
          page.items(), page.page(), page.size(), page.total(), status.asOf(), status.topics());
    }
  }

  /**
   * How the JSON answer is documented for generated clients: one shape with the fields of {@link
   * Groups} (grouped) and of {@link Projects} (listed), those of the other kind absent. Never
   * built: a test keeps its fields the union of the two.
   */
  @Schema(name = "WhoWhatWhereAnswer")
  record Answer(
      @Schema(description = "Grouped: the dimensions grouped by") List<String> groupBy,
      @Schema(description = "Grouped: the groups, largest first") List<WhoWhatWhereGroup> groups,
      @Schema(description = "Listed: the page's projects") List<WhoWhatWhereProject> items,
      @Schema(description = "Listed: the page, from 0") Integer page,
      @Schema(description = "Listed: the page size") Integer size,
      @Schema(description = "Listed: matching projects in all") Long total,
      @Schema(description = "The time of the last applied event") Instant asOf,
      @Schema(description = "Each consumed topic's position and lag") List<TopicStatus> topics) {}
}
