package org.sdghub.partners.api;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A registered organisation whose names are close to those of the one just written. */
@Schema(
    description =
        "A registered organisation whose names are close to this one's without being the same:"
            + " offered for a coordinator to review (merge, or declare different with"
            + " allowDuplicateOf), not refused.")
public record PossibleDuplicate(
    UUID id,
    @Schema(nullable = true, example = "XM-DAC-41114") String identifier,
    @Schema(
            description = "English name",
            example = "Ministry of Health of the Republic of Uzbekistan")
        String name,
    List<Reason> reasons) {

  /** One pair of close names: the fields of each and their similarity. */
  @Schema(name = "PossibleDuplicateReason", description = "Which names are close, and how close.")
  public record Reason(
      @Schema(enumeration = "similar-name", example = "similar-name") String rule,
      @Schema(description = "This organisation's field", example = "name.uz") String field,
      @Schema(description = "The registered one's field", example = "name.ru") String existingField,
      @Schema(
              description = "Trigram similarity (pg_trgm) of the folded names, 0 to 1",
              example = "0.64")
          double score) {}
}
