package org.sdghub.bench;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.HdrHistogram.Histogram;
import org.sdghub.embedded.PostgresServer;

/**
 * The grouped who-what-where query (country × SDG goal, no filter) over a read model of {@code
 * --rows} rows, through the gateway's API, beside the same aggregate run directly in PostgreSQL
 * over JDBC: one client each, closed loop, warmed up, then interleaved run by run (direct, API,
 * API, direct, …). Both answers are compared group by group before anything is timed.
 *
 * <p>The rows beyond those the latency run created are written straight into the gateway's
 * read-model tables, shaped as its event handlers write them (a project in one or two areas of one
 * country, on two targets, with an accountable, an implementing and a funding organisation, twelve
 * rows for most): replaying a million rows' worth of events through the services would take the run
 * longer than the measurement it feeds.
 */
final class WhoWhatWhereQuery {

  private static final String GROUPED = "/api/v1/who-what-where?groupBy=country,sdgGoal";

  /** The same aggregate, as a database engineer would write it against the read model. */
  static final String DIRECT =
      "SELECT country, sdg_goal, count(DISTINCT project_id) AS projects,"
          + " count(DISTINCT organisation_id) AS organisations,"
          + " sum(budget_usd) FILTER (WHERE first) AS budget_usd"
          + " FROM (SELECT country, sdg_goal, project_id, organisation_id, budget_usd,"
          + " row_number() OVER (PARTITION BY country, sdg_goal, project_id) = 1 AS first"
          + " FROM www_row) f GROUP BY country, sdg_goal";

  private static final int ROWS_PER_PROJECT = 12;
  private static final Duration AGREEMENT_WAIT = Duration.ofSeconds(120);

  private final HttpClient http;
  private final PrintStream out;
  private final PrintStream progress;

  WhoWhatWhereQuery(HttpClient http, PrintStream out, PrintStream progress) {
    this.http = http;
    this.out = out;
    this.progress = progress;
  }

  void compare(
      PostgresServer postgres,
      URI gateway,
      URI gatewayManagement,
      String key,
      WhoWhatWhereWrites writes,
      WhoWhatWhereBench.Plan plan)
      throws SQLException, IOException, InterruptedException {
    try (Connection db = postgres.connect(WhoWhatWhereBench.GATEWAY_DB)) {
      seed(db, writes, plan.rows());
      String state = describe(db);
      HttpRequest api =
          HttpRequest.newBuilder(gateway.resolve(GROUPED))
              .header("Authorization", key)
              .header("Accept", "application/json")
              .timeout(Duration.ofSeconds(60))
              .GET()
              .build();
      Map<String, String> direct = directGroups(db);
      Map<String, String> viaApi = apiGroups(send(api).body());
      long agreeBy = System.nanoTime() + AGREEMENT_WAIT.toNanos();
      while (!viaApi.equals(direct) && System.nanoTime() < agreeBy) {
        // The gateway's index reads the seeded rows: until then PostgreSQL answers, or the old
        // index does if it was caught up a moment before the seeding committed.
        Thread.sleep(500);
        viaApi = apiGroups(send(api).body());
      }
      if (!viaApi.equals(direct)) {
        throw new IllegalStateException(
            "The API's groups differ from the direct aggregate's: API "
                + viaApi.size()
                + " groups, direct "
                + direct.size()
                + "; first difference: "
                + firstDifference(viaApi, direct));
      }
      progress.printf("both answers agree: %d groups%n", direct.size());
      long rows = count(db, "SELECT count(*) FROM www_row");
      long deadline = System.nanoTime() + AGREEMENT_WAIT.toNanos();
      double indexed;
      while ((indexed = indexedRows(gatewayManagement)) < rows && System.nanoTime() < deadline) {
        Thread.sleep(500);
      }
      state +=
          String.format(
              "; the gateway's in-memory index holds %.0f of %d rows (metric"
                  + " sdghub_who_what_where_index_rows)",
              indexed, rows);
      progress.printf("warm-up   both sides for %d s each%n", plan.warmup().toSeconds());
      Histogram warmDirect = runDirect(db, plan.warmup());
      Histogram warmApi = runApi(api, plan.warmup());
      Table table = new Table("run", "side", "queries", "p50 ms", "p95 ms", "p99 ms", "max ms");
      table.row(
          "warm-up",
          "direct",
          warmDirect.getTotalCount(),
          ms(warmDirect, 50),
          ms(warmDirect, 95),
          ms(warmDirect, 99),
          ms(warmDirect, 100));
      table.row(
          "warm-up",
          "API",
          warmApi.getTotalCount(),
          ms(warmApi, 50),
          ms(warmApi, 95),
          ms(warmApi, 99),
          ms(warmApi, 100));
      List<Double> directP50 = new ArrayList<>();
      List<Double> directP95 = new ArrayList<>();
      List<Double> apiP50 = new ArrayList<>();
      List<Double> apiP95 = new ArrayList<>();
      for (int run = 1; run <= plan.runs(); run++) {
        boolean directFirst = run % 2 == 1;
        for (int side = 0; side < 2; side++) {
          boolean isDirect = (side == 0) == directFirst;
          Histogram h = isDirect ? runDirect(db, plan.duration()) : runApi(api, plan.duration());
          (isDirect ? directP50 : apiP50).add(h.getValueAtPercentile(50) / 1000.0);
          (isDirect ? directP95 : apiP95).add(h.getValueAtPercentile(95) / 1000.0);
          table.row(
              run,
              isDirect ? "direct" : "API",
              h.getTotalCount(),
              ms(h, 50),
              ms(h, 95),
              ms(h, 99),
              ms(h, 100));
        }
      }
      out.printf(
          "%nGET %s through the gateway beside the same aggregate run directly in PostgreSQL"
              + " (JDBC), one client each, %d groups%n%s%n",
          GROUPED, direct.size(), state);
      out.print(table.render());
      out.printf(
          "median p50: API %s ms, direct %s ms, ratio %s; median p95: API %s ms, direct %s ms,"
              + " ratio %s (targets: ratio <= 1.5, API p95 <= 100 ms)%n",
          Fmt.millis(Stats.median(apiP50)),
          Fmt.millis(Stats.median(directP50)),
          Fmt.ratio(Stats.ratioOfMedians(apiP50, directP50)),
          Fmt.millis(Stats.median(apiP95)),
          Fmt.millis(Stats.median(directP95)),
          Fmt.ratio(Stats.ratioOfMedians(apiP95, directP95)));
      new WhoWhatWhereExport(http, out, progress).measure(gateway, gatewayManagement, key, rows);
    }
  }

  /** Adds seeded projects and rows until the read model holds about {@code rows} rows. */
  private void seed(Connection db, WhoWhatWhereWrites writes, int rows) throws SQLException {
    long present = count(db, "SELECT count(*) FROM www_row");
    long projects = Math.max(0, (rows - present) / ROWS_PER_PROJECT);
    progress.printf(
        "seeding the read model: %d rows present, adding about %d rows (%d projects)%n",
        present, projects * ROWS_PER_PROJECT, projects);
    List<WhoWhatWhereWrites.Area> areas = writes.areas();
    List<String> codes = new ArrayList<>();
    List<String> countries = new ArrayList<>();
    List<String> neighbours = new ArrayList<>();
    for (int i = 0; i < areas.size(); i++) {
      WhoWhatWhereWrites.Area area = areas.get(i);
      WhoWhatWhereWrites.Area next = areas.get((i + 1) % areas.size());
      codes.add(area.code());
      countries.add(area.country());
      neighbours.add(next.country().equals(area.country()) ? next.code() : area.code());
    }
    List<String> organisations = writes.organisations();
    List<String> agencies = organisations.subList(0, WhoWhatWhereWrites.AGENCIES);
    List<String> donors = organisations.subList(WhoWhatWhereWrites.AGENCIES, organisations.size());
    String projectSql =
        "INSERT INTO www_project (id, version, deleted, iati_identifier,"
            + " reporting_organisation_id, title, status, start_date, end_date, budget_amount,"
            + " budget_currency, budget_usd, updated_at)"
            + " SELECT md5('bench-www-seed-' || g)::uuid, 1, false, 'XI-IATI-BENCHSEED-' || g,"
            + " ("
            + uuids(agencies)
            + ")[1 + g % "
            + agencies.size()
            + "],"
            + " jsonb_build_object('en', 'Seeded project ' || g),"
            + " (ARRAY['implementation','implementation','implementation','pipeline',"
            + "'finalisation','closed'])[1 + g % 6],"
            + " date '2019-01-01' + (g % 2000)::int, date '2024-06-01' + (g % 2500)::int,"
            + " 50000 + (g * 7919) % 9000000, 'USD', 50000 + (g * 7919) % 9000000,"
            + " now() - interval '1 day'"
            + " FROM generate_series(1, ?) g";
    String rowSql =
        "INSERT INTO www_row (project_id, country, admin_area, sdg_goal, sdg_target,"
            + " organisation_id, role, status, start_date, end_date, country_share, budget_usd)"
            + " SELECT p.id, a.country, a.area, split_part(t.target, '.', 1)::int, t.target,"
            + " o.org, o.role, p.status, p.start_date, p.end_date, 1, p.budget_usd"
            + " FROM generate_series(1, ?) g"
            + " JOIN www_project p ON p.id = md5('bench-www-seed-' || g)::uuid"
            + " CROSS JOIN LATERAL (SELECT ("
            + texts(codes)
            + ")[1 + (g * 7) % "
            + codes.size()
            + "] AS area, ("
            + texts(countries)
            + ")[1 + (g * 7) % "
            + codes.size()
            + "] AS country UNION SELECT ("
            + texts(neighbours)
            + ")[1 + (g * 7) % "
            + codes.size()
            + "], ("
            + texts(countries)
            + ")[1 + (g * 7) % "
            + codes.size()
            + "]) a"
            + " CROSS JOIN LATERAL (SELECT DISTINCT unnest(ARRAY[("
            + texts(WhoWhatWhereWrites.TARGETS)
            + ")[1 + g % "
            + WhoWhatWhereWrites.TARGETS.size()
            + "], ("
            + texts(WhoWhatWhereWrites.TARGETS)
            + ")[1 + (g * 3 + 1) % "
            + WhoWhatWhereWrites.TARGETS.size()
            + "]]) AS target) t"
            + " CROSS JOIN LATERAL (VALUES (("
            + uuids(agencies)
            + ")[1 + g % "
            + agencies.size()
            + "], 'accountable'), (("
            + uuids(agencies)
            + ")[1 + (g + 5) % "
            + agencies.size()
            + "], 'implementing'), (("
            + uuids(donors)
            + ")[1 + g % "
            + donors.size()
            + "], 'funding')) o(org, role)";
    long started = System.nanoTime();
    try (PreparedStatement insertProjects = db.prepareStatement(projectSql);
        PreparedStatement insertRows = db.prepareStatement(rowSql);
        Statement analyze = db.createStatement()) {
      insertProjects.setLong(1, projects);
      insertProjects.executeUpdate();
      insertRows.setLong(1, projects);
      insertRows.executeUpdate();
      // Rows written beside the inbox are not in the change feed, which the gateway's in-memory
      // index follows; a new apply time without a feed entry is what tells it to read the tables
      // anew (as after a rebuild of the read model).
      analyze.execute("UPDATE read_model_position SET last_applied_at = now()");
      analyze.execute("VACUUM ANALYZE www_project");
      analyze.execute("VACUUM ANALYZE www_row");
    }
    progress.printf("seeded in %d s%n", (System.nanoTime() - started) / 1_000_000_000L);
  }

  /** The read model's size and where it lives, printed beside the figures. */
  private static String describe(Connection db) throws SQLException {
    long rows = count(db, "SELECT count(*) FROM www_row");
    long projects = count(db, "SELECT count(*) FROM www_project");
    String size = text(db, "SELECT pg_size_pretty(pg_total_relation_size('www_row'))");
    String buffers = text(db, "SHOW shared_buffers");
    String parallel = text(db, "SHOW max_parallel_workers_per_gather");
    return String.format(
        "read model: %d rows of %d projects (www_row %s with indexes); PostgreSQL shared_buffers"
            + " %s, max_parallel_workers_per_gather %s; both sides warmed up, so the table is as"
            + " cached as the OS and PostgreSQL keep it",
        rows, projects, size, buffers, parallel);
  }

  /** The gateway's count of rows in its in-memory index, from its metrics; -1 if absent. */
  private double indexedRows(URI management) throws IOException, InterruptedException {
    HttpResponse<String> metrics =
        send(HttpRequest.newBuilder(management.resolve("/q/metrics")).GET().build());
    for (String line : metrics.body().split("\n")) {
      if (line.startsWith("sdghub_who_what_where_index_rows")) {
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
      }
    }
    return -1;
  }

  private Histogram runApi(HttpRequest api, Duration duration)
      throws IOException, InterruptedException {
    Histogram h = new Histogram(600_000_000L, 3);
    long end = System.nanoTime() + duration.toNanos();
    while (System.nanoTime() < end) {
      long start = System.nanoTime();
      HttpResponse<String> response = send(api);
      h.recordValue((System.nanoTime() - start) / 1000);
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "The grouped query failed: " + response.statusCode() + " " + response.body());
      }
    }
    return h;
  }

  private static Histogram runDirect(Connection db, Duration duration) throws SQLException {
    Histogram h = new Histogram(600_000_000L, 3);
    long end = System.nanoTime() + duration.toNanos();
    try (PreparedStatement query = db.prepareStatement(DIRECT)) {
      while (System.nanoTime() < end) {
        long start = System.nanoTime();
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            rows.getString(1);
            rows.getBigDecimal(5);
          }
        }
        h.recordValue((System.nanoTime() - start) / 1000);
      }
    }
    return h;
  }

  private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** The API's groups as "country/goal" → "projects organisations budget". */
  static Map<String, String> apiGroups(String body) {
    JsonArray groups = new JsonObject(body).getJsonArray("groups");
    Map<String, String> result = new HashMap<>();
    for (int i = 0; i < groups.size(); i++) {
      JsonObject group = groups.getJsonObject(i);
      JsonObject groupKey = group.getJsonObject("key");
      Object goal = groupKey.getValue("sdgGoal");
      Object budget = group.getValue("budgetUsd");
      result.put(
          groupKey.getString("country") + "/" + (goal == null ? "-" : goal),
          measures(
              group.getLong("projects"),
              group.getLong("organisations"),
              budget == null ? null : new BigDecimal(budget.toString())));
    }
    return result;
  }

  private static Map<String, String> directGroups(Connection db) throws SQLException {
    Map<String, String> result = new HashMap<>();
    try (Statement statement = db.createStatement();
        ResultSet rows = statement.executeQuery(DIRECT)) {
      while (rows.next()) {
        int goal = rows.getInt("sdg_goal");
        String goalText = rows.wasNull() ? "-" : Integer.toString(goal);
        result.put(
            rows.getString("country") + "/" + goalText,
            measures(
                rows.getLong("projects"),
                rows.getLong("organisations"),
                rows.getBigDecimal("budget_usd")));
      }
    }
    return result;
  }

  private static String measures(long projects, long organisations, BigDecimal budget) {
    return projects
        + " projects, "
        + organisations
        + " organisations, budget "
        + (budget == null ? "none" : budget.stripTrailingZeros().toPlainString());
  }

  private static String firstDifference(Map<String, String> api, Map<String, String> direct) {
    return direct.keySet().stream()
        .filter(k -> !Objects.equals(api.get(k), direct.get(k)))
        .findFirst()
        .map(k -> k + ": API " + api.get(k) + ", direct " + direct.get(k))
        .orElseGet(
            () ->
                api.keySet().stream()
                    .filter(k -> !direct.containsKey(k))
                    .findFirst()
                    .map(k -> k + " only in the API's answer")
                    .orElse("none"));
  }

  private static long count(Connection db, String sql) throws SQLException {
    try (Statement statement = db.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static String text(Connection db, String sql) throws SQLException {
    try (Statement statement = db.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getString(1);
    }
  }

  /** An SQL array literal of codes (checked: letters, digits, dots and dashes only). */
  private static String texts(List<String> values) {
    return values.stream()
        .map(
            v -> {
              if (!v.matches("[A-Za-z0-9.\\-]+")) {
                throw new IllegalArgumentException("Not a code: " + v);
              }
              return "'" + v + "'";
            })
        .collect(Collectors.joining(",", "ARRAY[", "]::text[]"));
  }

  private static String uuids(List<String> values) {
    return values.stream()
        .map(v -> "'" + java.util.UUID.fromString(v) + "'")
        .collect(Collectors.joining(",", "ARRAY[", "]::uuid[]"));
  }

  private static String ms(Histogram h, double percentile) {
    return Fmt.millis(h.getValueAtPercentile(percentile) / 1000.0);
  }
}
