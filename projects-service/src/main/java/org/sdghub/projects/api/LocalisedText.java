package org.sdghub.projects.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A title by language: English required, the region's languages when known. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
    description =
        "A title by language code: en required, the region's other languages (ru, kk, ky, tg, tk,"
            + " uz, fa, ps) when known. Other languages are refused.",
    example =
        "{\"en\": \"Aral Sea basin water efficiency\","
            + " \"ru\": \"Эффективное использование водных ресурсов бассейна Аральского моря\"}")
public record LocalisedText(
    @Schema(description = "English", maxLength = ApiCodes.TITLE_MAX)
        @NotBlank
        @Size(max = ApiCodes.TITLE_MAX)
        String en,
    @Schema(description = "Russian", maxLength = ApiCodes.TITLE_MAX)
        @Size(min = 1, max = ApiCodes.TITLE_MAX)
        String ru,
    @Schema(description = "Kazakh", maxLength = ApiCodes.TITLE_MAX)
        @Size(min = 1, max = ApiCodes.TITLE_MAX)
        String kk,
    @Schema(description = "Kyrgyz", maxLength = ApiCodes.TITLE_MAX)
        @Size(min = 1, max = ApiCodes.TITLE_MAX)
        String ky,
    @Schema(description = "Tajik", maxLength = ApiCodes.TITLE_MAX)
        @Size(min = 1, max = ApiCodes.TITLE_MAX)
        String tg,
    @Schema(description = "Turkmen", maxLength = ApiCodes.TITLE_MAX)
        @Size(min = 1, max = ApiCodes.TITLE_MAX)
        String tk,
    @Schema(description = "Uzbek", maxLength = ApiCodes.TITLE_MAX)
        @Size(min = 1, max = ApiCodes.TITLE_MAX)
        String uz,
    @Schema(description = "Dari (Persian)", maxLength = ApiCodes.TITLE_MAX)
        @Size(min = 1, max = ApiCodes.TITLE_MAX)
        String fa,
    @Schema(description = "Pashto", maxLength = ApiCodes.TITLE_MAX)
        @Size(min = 1, max = ApiCodes.TITLE_MAX)
        String ps) {}
