package org.sdghub.partners.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A coordinator's request to merge the organisation of the URL (the duplicate) into another. */
@Schema(description = "Merge the organisation of the URL, a duplicate, into the survivor.")
public record MergeRequest(
    @NotNull @Schema(required = true, description = "The surviving organisation's id") UUID into,
    @NotBlank
        @Size(max = MergeRequest.MAX_REASON)
        @Schema(
            required = true,
            example = "The same society, registered twice in Latin and Cyrillic spelling.")
        String reason) {

  /** The longest reason kept. */
  public static final int MAX_REASON = 1000;
}
