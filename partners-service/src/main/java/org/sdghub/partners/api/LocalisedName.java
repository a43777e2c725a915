package org.sdghub.partners.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organisation's name by language: English required, Russian expected, others when known. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
    description =
        "The organisation's name by language code: en required, ru expected, the region's other"
            + " languages (kk, ky, tg, tk, uz, fa, ps) when known. Other languages are refused.",
    example =
        "{\"en\": \"Ministry of Water Resources of the Republic of Kazakhstan\","
            + " \"ru\": \"Министерство водных ресурсов Республики Казахстан\"}")
public record LocalisedName(
    @Schema(description = "English", maxLength = LocalisedName.MAX) @NotBlank @Size(max = MAX)
        String en,
    @Schema(description = "Russian", maxLength = MAX) @Size(min = 1, max = MAX) String ru,
    @Schema(description = "Kazakh", maxLength = MAX) @Size(min = 1, max = MAX) String kk,
    @Schema(description = "Kyrgyz", maxLength = MAX) @Size(min = 1, max = MAX) String ky,
    @Schema(description = "Tajik", maxLength = MAX) @Size(min = 1, max = MAX) String tg,
    @Schema(description = "Turkmen", maxLength = MAX) @Size(min = 1, max = MAX) String tk,
    @Schema(description = "Uzbek", maxLength = MAX) @Size(min = 1, max = MAX) String uz,
    @Schema(description = "Dari (Persian)", maxLength = MAX) @Size(min = 1, max = MAX) String fa,
    @Schema(description = "Pashto", maxLength = MAX) @Size(min = 1, max = MAX) String ps) {

  /** The longest name accepted, in characters. */
  public static final int MAX = 300;
}
