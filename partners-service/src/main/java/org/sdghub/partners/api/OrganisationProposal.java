package org.sdghub.partners.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A partner's proposal in the review queue, with what a coordinator needs to decide on it. */
@Schema(
    description =
        "An organisation a partner proposed, awaiting a coordinator: confirm it, edit it, or merge"
            + " it into one of its duplicate candidates.")
public record OrganisationProposal(
    OrganisationView organisation,
    @Schema(
            description =
                "Current organisations it looks like: exact look-alikes first, then close names"
                    + " (best first), as the duplicate check computes them.")
        List<DuplicateCandidate> duplicateCandidates) {}
