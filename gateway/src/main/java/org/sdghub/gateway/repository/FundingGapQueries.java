package org.sdghub.gateway.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.sdghub.gateway.domain.FundingGaps;
import org.sdghub.gateway.domain.WhoWhatWhereQuery;

/**
 * The largest funding gaps (USD budget − committed) among the active projects matching a 3W query,
 * by place and by project, with money shared exactly as the grouped 3W shares it ({@link
 * WhoWhatWhereSql#MONEY}). Only positive gaps are listed, largest first.
 */
@ApplicationScoped
public class FundingGapQueries {

  private final AgroalDataSource dataSource;

  FundingGapQueries(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * The places with the largest gaps: countries, or first-level areas (a project naming no area in
   * a country counts under the country); names are left null.
   */
  public List<FundingGaps.Place> places(WhoWhatWhereQuery query, boolean byCountry, int limit) {
    String place = byCountry ? "r.country" : "coalesce(r.admin_area, r.country)";
    WhoWhatWhereSql filter = WhoWhatWhereSql.of(query);
    String sql =
        "SELECT place, count(DISTINCT project_id) AS projects,"
            + WhoWhatWhereSql.MONEY
            + " FROM (SELECT "
            + place
            + " AS place, r.project_id,"
            + WhoWhatWhereSql.moneyColumns(place)
            + WhoWhatWhereSql.FROM
            + filter.where
            + " AND p.status = ANY(?)) f GROUP BY place HAVING "
            + WhoWhatWhereSql.GAP
            + " > 0 ORDER BY gap_usd DESC, place LIMIT ?";
    List<FundingGaps.Place> places = new ArrayList<>();
    Jdbc.query(
        dataSource,
        sql,
        values(filter, limit),
        rows ->
            places.add(
                new FundingGaps.Place(
                    rows.getString("place"),
                    null,
                    rows.getLong("projects"),
                    rows.getBigDecimal("budget_usd"),
                    rows.getBigDecimal("committed_usd"),
                    rows.getBigDecimal("disbursed_usd"),
                    rows.getBigDecimal("gap_usd"))));
    return places;
  }

  /** The projects with the largest gaps, each over its matching recipient countries. */
  public List<FundingGaps.Project> projects(WhoWhatWhereQuery query, int limit) {
    WhoWhatWhereSql filter = WhoWhatWhereSql.of(query);
    String sql =
        "SELECT project_id, iati_identifier, title,"
            + WhoWhatWhereSql.MONEY
            + " FROM (SELECT r.project_id, p.iati_identifier, p.title->>'en' AS title,"
            + WhoWhatWhereSql.moneyColumns("r.project_id")
            + WhoWhatWhereSql.FROM
            + filter.where
            + " AND p.status = ANY(?)) f GROUP BY project_id, iati_identifier, title HAVING "
            + WhoWhatWhereSql.GAP
            + " > 0 ORDER BY gap_usd DESC, project_id LIMIT ?";
    List<FundingGaps.Project> projects = new ArrayList<>();
    Jdbc.query(
        dataSource,
        sql,
        values(filter, limit),
        rows ->
            projects.add(
                new FundingGaps.Project(
                    Jdbc.uuid(rows, "project_id"),
                    rows.getString("iati_identifier"),
                    rows.getString("title"),
                    rows.getBigDecimal("budget_usd"),
                    rows.getBigDecimal("committed_usd"),
                    rows.getBigDecimal("disbursed_usd"),
                    rows.getBigDecimal("gap_usd"))));
    return projects;
  }

  private static List<Object> values(WhoWhatWhereSql filter, int limit) {
    List<Object> values = new ArrayList<>(filter.values);
    values.add(CoordinationQueries.ACTIVE);
    values.add(limit);
    return values;
  }
}
