package org.sdghub.partners.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A current organisation that a proposal looks like, exactly or nearly, and why. */
@Schema(
    description =
        "A current organisation that the proposal looks like: a candidate to merge the proposal"
            + " into.")
public record DuplicateCandidate(
    UUID id,
    @Schema(nullable = true, example = "XM-DAC-41114") String identifier,
    @Schema(description = "English name", example = "Kazakhstan Red Crescent Society") String name,
    List<Reason> reasons) {

  /**
   * One reason: the rule, the field of the proposal and of the candidate, and for a near match how
   * close.
   */
  @Schema(name = "DuplicateCandidateReason", description = "Why the proposal looks like it.")
  public record Reason(
      @Schema(
              enumeration = {
                "same-identifier",
                "same-name",
                "same-acronym-and-country",
                "similar-name"
              },
              example = "similar-name")
          String rule,
      @Schema(description = "The proposal's field", example = "name.en") String field,
      @Schema(description = "The candidate's field", example = "name.en") String existingField,
      @JsonInclude(JsonInclude.Include.NON_NULL)
          @Schema(
              description =
                  "similar-name only: trigram similarity (pg_trgm) of the folded names, 0 to 1",
              nullable = true,
              example = "0.71")
          Double score) {}
}
