package org.sdghub.gateway.api;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.sdghub.gateway.domain.AreaReference;
import org.sdghub.gateway.domain.WhoWhatWhereEntry;

/**
 * The columns of a who-what-where export, the same in CSV (header, then the HXL hashtag row) and in
 * GeoJSON (the properties of each feature): name, HXL hashtag and value.
 */
enum WhoWhatWhereColumns {
  PROJECT_ID("projectId", "#activity+id", e -> e.projectId()),
  IATI_IDENTIFIER("iatiIdentifier", "#activity+code", e -> e.iatiIdentifier()),
  PROJECT_TITLE("projectTitle", "#activity+name", e -> e.projectTitle()),
  ORGANISATION_ID("organisationId", "#org+id", e -> e.organisationId()),
  ORGANISATION_NAME("organisationName", "#org+name", e -> e.organisationName()),
  ORGANISATION_ACRONYM("organisationAcronym", "#org+acronym", e -> e.organisationAcronym()),
  ORGANISATION_TYPE("organisationType", "#org+type", e -> e.organisationType()),
  ORGANISATION_KIND("organisationKind", "#org+type+kind", e -> e.organisationKind()),
  ROLE("role", "#org+role", e -> e.role()),
  CONFIRMATION("confirmation", "#org+role+confirmation", e -> e.confirmation()),
  SDG_GOAL("sdgGoal", "#sector+sdg+goal", e -> e.sdgGoal()),
  SDG_TARGET("sdgTarget", "#sector+sdg+target", e -> e.sdgTarget()),
  COUNTRY("country", "#country+code", e -> e.country()),
  ADMIN_AREA("adminArea", "#adm1+code", e -> e.adminArea()),
  LOCATION_NAME("locationName", "#loc+name", e -> e.locationName()),
  STATUS("status", "#status", e -> e.status()),
  START("startDate", "#date+start", e -> e.start()),
  END("endDate", "#date+end", e -> e.end()),
  BUDGET_USD("budgetUsd", "#value+funding+usd", e -> e.budgetUsd()),
  COMMITTED_USD("committedUsd", "#value+committed+usd", e -> e.committedUsd()),
  DISBURSED_USD("disbursedUsd", "#value+spent+usd", e -> e.disbursedUsd()),
  GAP_USD("gapUsd", "#value+gap+usd", e -> e.gapUsd());

  /** The column after {@link #ADMIN_AREA}, named from the reference data rather than the row. */
  static final String ADMIN_AREA_NAME = "adminAreaName";

  static final String ADMIN_AREA_NAME_TAG = "#adm1+name";

  final String column;
  final String hashtag;
  private final Function<WhoWhatWhereEntry, Object> value;

  WhoWhatWhereColumns(String column, String hashtag, Function<WhoWhatWhereEntry, Object> value) {
    this.column = column;
    this.hashtag = hashtag;
    this.value = value;
  }

  /** The column names in order, the area's name after its code. */
  static List<String> names() {
    return withAreaName(c -> c.column, ADMIN_AREA_NAME);
  }

  /** The HXL hashtags in the same order. */
  static List<String> hashtags() {
    return withAreaName(c -> c.hashtag, ADMIN_AREA_NAME_TAG);
  }

  /** A row's values in the same order (null for an empty cell). */
  static List<Object> values(WhoWhatWhereEntry entry, AreaReference areas) {
    List<Object> values = new java.util.ArrayList<>();
    for (WhoWhatWhereColumns c : values()) {
      values.add(c.value.apply(entry));
      if (c == ADMIN_AREA) {
        values.add(areas.of(entry.adminArea()).map(AreaReference.Named::nameEn).orElse(null));
      }
    }
    return values;
  }

  private static List<String> withAreaName(
      Function<WhoWhatWhereColumns, String> part, String areaName) {
    List<String> names = new java.util.ArrayList<>();
    for (WhoWhatWhereColumns c : values()) {
      names.add(part.apply(c));
      if (c == ADMIN_AREA) {
        names.add(areaName);
      }
    }
    return names;
  }

  static List<WhoWhatWhereColumns> all() {
    return Arrays.asList(values());
  }
}
