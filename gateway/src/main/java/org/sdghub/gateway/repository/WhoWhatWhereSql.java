package org.sdghub.gateway.repository;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sdghub.gateway.domain.WhoWhatWhereDimension;
import org.sdghub.gateway.domain.WhoWhatWhereQuery;

/**
 * The SQL of a who-what-where query: the rows ({@code r}) of live projects ({@code p}) with their
 * organisation ({@code o}, absent when not yet known), filtered; values bound in order.
 */
final class WhoWhatWhereSql {

  static final String FROM =
      " FROM www_row r JOIN www_project p ON p.id = r.project_id"
          + " LEFT JOIN www_organisation o ON o.id = r.organisation_id";

  /** Each calendar year a row's project is active in, up to this year when it has no end. */
  static final String YEARS =
      " CROSS JOIN LATERAL generate_series(extract(year FROM r.start_date)::int,"
          + " extract(year FROM coalesce(r.end_date, greatest(r.start_date, current_date)))::int)"
          + " AS y(year)";

  /**
   * The money measures over an inner select of rows with {@code budget_usd}, {@code committed_usd},
   * {@code disbursed_usd} and {@code first} (true on one row of each group, project and recipient
   * country): each project's country share counts once per group; the gap adds budget − committed
   * of the projects with a USD budget only.
   */
  static final String MONEY =
      " sum(budget_usd) FILTER (WHERE first) AS budget_usd,"
          + " sum(committed_usd) FILTER (WHERE first) AS committed_usd,"
          + " sum(disbursed_usd) FILTER (WHERE first) AS disbursed_usd,"
          + " sum(budget_usd - committed_usd) FILTER (WHERE first AND budget_usd IS NOT NULL)"
          + " AS gap_usd";

  /** The gap of {@link #MONEY}, for HAVING and ORDER BY. */
  static final String GAP =
      "sum(budget_usd - committed_usd) FILTER (WHERE first AND budget_usd IS NOT NULL)";

  /** The columns of each row {@link #MONEY} needs, {@code first} of the partition given. */
  static String moneyColumns(String partition) {
    return " r.budget_usd, r.committed_usd, r.disbursed_usd, row_number() OVER (PARTITION BY "
        + partition
        + ", r.project_id, r.country) = 1 AS first";
  }

  private static final Map<WhoWhatWhereDimension, String> COLUMNS =
      Map.of(
          WhoWhatWhereDimension.COUNTRY, "r.country",
          WhoWhatWhereDimension.ADMIN_AREA, "r.admin_area",
          WhoWhatWhereDimension.SDG_GOAL, "r.sdg_goal",
          WhoWhatWhereDimension.SDG_TARGET, "r.sdg_target",
          WhoWhatWhereDimension.ORGANISATION, "r.organisation_id",
          WhoWhatWhereDimension.ORG_KIND, "o.kind",
          WhoWhatWhereDimension.ROLE, "r.role",
          WhoWhatWhereDimension.STATUS, "r.status",
          WhoWhatWhereDimension.YEAR, "y.year");

  final String where;
  final List<Object> values;

  private WhoWhatWhereSql(String where, List<Object> values) {
    this.where = where;
    this.values = List.copyOf(values);
  }

  static String column(WhoWhatWhereDimension dimension) {
    return COLUMNS.get(dimension);
  }

  /** The {@code WHERE} clause of the query's filters. */
  static WhoWhatWhereSql of(WhoWhatWhereQuery q) {
    StringBuilder sql = new StringBuilder(" WHERE NOT p.deleted");
    List<Object> values = new ArrayList<>();
    any(sql, values, "r.country", q.countries());
    any(sql, values, "r.admin_area", q.adminAreas());
    any(sql, values, "r.sdg_goal", q.sdgGoals());
    any(sql, values, "r.sdg_target", q.sdgTargets());
    any(sql, values, "r.organisation_id", q.organisations());
    any(sql, values, "o.kind", q.orgKinds());
    any(sql, values, "o.type", q.orgTypes());
    any(sql, values, "r.role", q.roles());
    any(sql, values, "r.status", q.statuses());
    if (q.activeOn() != null || q.activeTo() != null || q.activeFrom() != null) {
      // A cancelled project is active on no day, whatever its dates.
      sql.append(" AND r.status <> 'cancelled'");
    }
    if (q.activeOn() != null) {
      sql.append(" AND r.start_date <= ? AND (r.end_date IS NULL OR r.end_date >= ?)");
      values.add(q.activeOn());
      values.add(q.activeOn());
    }
    if (q.activeTo() != null) {
      sql.append(" AND r.start_date <= ?");
      values.add(q.activeTo());
    }
    if (q.activeFrom() != null) {
      sql.append(" AND (r.end_date IS NULL OR r.end_date >= ?)");
      values.add(q.activeFrom());
    }
    return new WhoWhatWhereSql(sql.toString(), values);
  }

  private static void any(StringBuilder sql, List<Object> values, String column, List<?> wanted) {
    if (!wanted.isEmpty()) {
      sql.append(" AND ").append(column).append(" = ANY(?)");
      values.add(wanted);
    }
  }
}
