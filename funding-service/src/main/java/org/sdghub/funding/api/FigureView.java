package org.sdghub.funding.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One funding figure and what is behind it. */
@Schema(description = "A sum in USD and the transactions behind it")
public record FigureView(
    @Schema(description = "USD, to the cent") String usd,
    @Schema(description = "How many transactions add to it (both sides of a confirmed flow count)")
        int transactions,
    @Schema(description = "How many flows it counts: a flow both sides report counts once")
        int flows,
    @Schema(description = "How many of those flows both sides report") int confirmedByBothSides) {}
