package org.sdghub.projects.api;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The response shapes of the reference lists ({@code /api/v1/reference/...}). */
public final class ReferenceViews {

  private static final String LABELS =
      "By language code: en, ru, kk (Kazakh), ky (Kyrgyz), tg (Tajik), tk (Turkmen)";

  private static final String WHOLE =
      "A whole reference list, as one page: items, page 0, size and total both the item count";

  private ReferenceViews() {}

  /** One of the 17 Sustainable Development Goals. */
  @Schema(name = "SdgGoal", description = "One of the 17 Sustainable Development Goals")
  public record SdgGoalView(
      @Schema(description = "The goal's number", minimum = "1", maximum = "17", example = "6")
          int number,
      @Schema(
              description = "The goal's title. " + LABELS,
              example =
                  "{\"en\": \"Ensure availability and sustainable management of water and"
                      + " sanitation for all\", \"ru\": \"Обеспечение наличия и рационального"
                      + " использования водных ресурсов и санитарии для всех\"}")
          Map<String, String> title,
      @Schema(
              description = "The goal's short name, for labels. " + LABELS,
              example =
                  "{\"en\": \"Clean water and sanitation\","
                      + " \"ru\": \"Чистая вода и санитария\"}")
          Map<String, String> shortTitle) {}

  /** One of the 169 SDG targets. */
  @Schema(name = "SdgTarget", description = "One of the 169 SDG targets")
  public record SdgTargetView(
      @Schema(
              description = "goal.number or goal.letter",
              example = "6.4",
              pattern = "^([1-9]|1[0-7])\\.([1-9][0-9]?|[a-z])$")
          String code,
      @Schema(description = "The goal it belongs to", example = "6") int goal,
      @Schema(description = "The target's text. " + LABELS) Map<String, String> title) {}

  /** One of the global SDG indicators. */
  @Schema(name = "SdgIndicator", description = "A global SDG indicator")
  public record SdgIndicatorView(
      @Schema(description = "target.number", example = "6.4.2") String code,
      @Schema(description = "The target it measures", example = "6.4") String target,
      @Schema(description = "The goal of that target", example = "6") int goal,
      @Schema(description = "The indicator's text. " + LABELS) Map<String, String> title) {}

  /** A point in WGS 84 degrees. */
  @Schema(name = "Centroid", description = "An approximate centre in WGS 84 degrees, for maps")
  public record Centroid(
      @Schema(minimum = "-90", maximum = "90", example = "45.0") double lat,
      @Schema(minimum = "-180", maximum = "180", example = "64.0") double lon) {}

  /** One of the six countries. */
  @Schema(name = "ReferenceCountry", description = "One of the six countries the centre covers")
  public record CountryView(
      @Schema(description = "ISO 3166-1 alpha-2", example = "KZ") String code,
      @Schema(
              description = "By language code: en, ru",
              example = "{\"en\": \"Kazakhstan\", \"ru\": \"Казахстан\"}")
          Map<String, String> name,
      Centroid centroid) {}

  /** A first-level administrative area. */
  @Schema(
      name = "AdminArea",
      description = "A first-level administrative area (region, oblast, viloyat, province, city)")
  public record AdminAreaView(
      @Schema(description = "ISO 3166-2, as currently published", example = "KZ-43") String code,
      @Schema(description = "ISO 3166-1 alpha-2 of its country", example = "KZ") String country,
      @Schema(
              description = "By language code: en, ru",
              example = "{\"en\": \"Kyzylorda Region\", \"ru\": \"Кызылординская область\"}")
          Map<String, String> name,
      Centroid centroid,
      @Schema(
              description =
                  "Codes ISO 3166-2 listed it under before (Kazakhstan's alphabetic codes before"
                      + " 2022); accepted where an area is asked for, but the current code is the"
                      + " one stored and returned",
              example = "[\"KZ-KZY\"]")
          List<String> formerCodes) {}

  /** One entry of a code list. */
  @Schema(name = "CodelistEntry", description = "One entry of an IATI or ISO code list")
  public record CodelistEntryView(
      @Schema(description = "The code as the standard publishes it", example = "2") String code,
      @Schema(
              description =
                  "What the projects API takes and returns for it: the code itself, except for"
                      + " activity-status and organisation-role, which the API names by word",
              example = "implementation")
          String value,
      @Schema(
              description = "By language code: en always, ru where the source has it",
              example = "{\"en\": \"Implementation\"}")
          Map<String, String> name,
      @Schema(
              description = "The standard's explanation; null where it has none",
              nullable = true,
              example = "The activity is currently being implemented")
          String description) {}

  // The shapes of the reference lists, for the OpenAPI document: {items, page, size, total}.

  @Schema(name = "SdgGoalList", description = WHOLE)
  record SdgGoalList(List<SdgGoalView> items, int page, int size, long total) {}

  @Schema(name = "SdgTargetList", description = WHOLE)
  record SdgTargetList(List<SdgTargetView> items, int page, int size, long total) {}

  @Schema(name = "SdgIndicatorList", description = WHOLE)
  record SdgIndicatorList(List<SdgIndicatorView> items, int page, int size, long total) {}

  @Schema(name = "ReferenceCountryList", description = WHOLE)
  record CountryList(List<CountryView> items, int page, int size, long total) {}

  @Schema(name = "AdminAreaList", description = WHOLE)
  record AdminAreaList(List<AdminAreaView> items, int page, int size, long total) {}

  @Schema(name = "CodelistEntryList", description = WHOLE)
  record CodelistEntryList(List<CodelistEntryView> items, int page, int size, long total) {}
}
