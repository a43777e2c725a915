package org.sdghub.projects.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A description by language: English required, the region's languages when known. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
    description =
        "A description by language code: en required, the region's other languages (ru, kk, ky, tg, tk,"
            + " uz, fa, ps) when known. Other languages are refused.",
    example =
        "{\"en\": \"Drip irrigation and canal lining on 12 000 hectares of the lower Syr Darya\","
            + " \"ru\": \"Капельное орошение и облицовка каналов на 12 000 гектарах в низовьях Сырдарьи\"}")
public record LocalisedDescription(
    @Schema(description = "English", maxLength = ApiCodes.DESCRIPTION_MAX)
        @NotBlank
        @Size(max = ApiCodes.DESCRIPTION_MAX)
        String en,
    @Schema(description = "Russian", maxLength = ApiCodes.DESCRIPTION_MAX)
        @Size(min = 1, max = ApiCodes.DESCRIPTION_MAX)
        String ru,
    @Schema(description = "Kazakh", maxLength = ApiCodes.DESCRIPTION_MAX)
        @Size(min = 1, max = ApiCodes.DESCRIPTION_MAX)
        String kk,
    @Schema(description = "Kyrgyz", maxLength = ApiCodes.DESCRIPTION_MAX)
        @Size(min = 1, max = ApiCodes.DESCRIPTION_MAX)
        String ky,
    @Schema(description = "Tajik", maxLength = ApiCodes.DESCRIPTION_MAX)
        @Size(min = 1, max = ApiCodes.DESCRIPTION_MAX)
        String tg,
    @Schema(description = "Turkmen", maxLength = ApiCodes.DESCRIPTION_MAX)
        @Size(min = 1, max = ApiCodes.DESCRIPTION_MAX)
        String tk,
    @Schema(description = "Uzbek", maxLength = ApiCodes.DESCRIPTION_MAX)
        @Size(min = 1, max = ApiCodes.DESCRIPTION_MAX)
        String uz,
    @Schema(description = "Dari (Persian)", maxLength = ApiCodes.DESCRIPTION_MAX)
        @Size(min = 1, max = ApiCodes.DESCRIPTION_MAX)
        String fa,
    @Schema(description = "Pashto", maxLength = ApiCodes.DESCRIPTION_MAX)
        @Size(min = 1, max = ApiCodes.DESCRIPTION_MAX)
        String ps) {}
