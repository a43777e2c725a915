package org.sdghub.funding.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A funding summary grouped one way. */
@Schema(description = "Funding figures per group, and for the whole")
public record SummaryView(
    @Schema(enumeration = {"donor", "receiver", "country", "sdgGoal", "project", "year"})
        String groupBy,
    List<SummaryRow> groups,
    @Schema(description = "Every flow once and every project's budget once") SummaryRow total) {}
