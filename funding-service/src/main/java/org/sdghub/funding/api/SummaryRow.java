package org.sdghub.funding.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The funding figures of one group (or of everything the summary covers). */
@Schema(description = "Budget, the four funding figures, gap and share funded of one group")
public record SummaryRow(
    @Schema(
            description =
                "The group: organisation id (donor, receiver), ISO 3166-1 country, SDG goal,"
                    + " project id or year; \"total\" for the whole; \"unspecified\" for projects"
                    + " without countries or goals")
        String key,
    @Schema(
            description =
                "Budget in USD of the group's projects (null for donor, receiver and year)."
                    + " A project's budget is converted at the rate of its planned start date"
                    + " (else actual start), or the nearest earlier rate within the window;"
                    + " a budget without such a rate is left out")
        String budgetUsd,
    @Schema(description = "Outgoing and incoming pledges (12, 13): shown, never counted as funding")
        FigureView pledged,
    @Schema(description = "Outgoing and incoming commitments (2, 11)") FigureView committed,
    @Schema(description = "Disbursements and incoming funds (3, 1)") FigureView disbursed,
    @Schema(description = "Expenditure (4)") FigureView expended,
    @Schema(description = "budgetUsd − committed; null without a budget") String gapUsd,
    @Schema(description = "committed ÷ budgetUsd × 100, one decimal; null without a budget")
        String percentFunded) {}
