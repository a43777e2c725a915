package org.sdghub.gateway.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.sdghub.gateway.domain.ChangeFeedTags;
import org.sdghub.gateway.domain.ProjectBudget;
import org.sdghub.gateway.domain.ProjectMoney;
import org.sdghub.gateway.domain.ProjectRows;
import org.sdghub.gateway.domain.ReadModelTransaction;
import org.sdghub.gateway.domain.UsdConversion;

/**
 * The read model's money: transactions ({@code www_transaction}) and the USD amounts projects and
 * their rows show (exchange rates are {@link ExchangeRates}'). Every method must run inside the
 * caller's transaction (the inbox's, or a rebuild's): the connection joins it.
 */
@ApplicationScoped
public class FundingReadModel {

  private static final String UPSERT_TRANSACTION =
      "INSERT INTO www_transaction (id, version, project_id, type_code, status,"
          + " provider_organisation_id, receiver_organisation_id, amount, currency, value_date,"
          + " usd_amount, usd_rate, usd_rate_date, usd_rate_source, updated_at) VALUES (?, ?, ?, ?,"
          + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET version ="
          + " excluded.version, project_id = excluded.project_id, type_code = excluded.type_code,"
          + " status = excluded.status, provider_organisation_id ="
          + " excluded.provider_organisation_id, receiver_organisation_id ="
          + " excluded.receiver_organisation_id, amount = excluded.amount, currency ="
          + " excluded.currency, value_date = excluded.value_date, usd_amount ="
          + " excluded.usd_amount, usd_rate = excluded.usd_rate, usd_rate_date ="
          + " excluded.usd_rate_date, usd_rate_source = excluded.usd_rate_source, updated_at ="
          + " excluded.updated_at";
  private static final String PROJECT_MONEY =
      "UPDATE www_project SET budget_usd = ?, budget_rate = ?, budget_rate_date = ?,"
          + " budget_rate_source = ?, committed_usd = ?, disbursed_usd = ? WHERE id = ?";
  private static final String ROW_MONEY =
      "UPDATE www_row SET budget_usd = ?, committed_usd = ?, disbursed_usd = ? WHERE project_id = ?"
          + " AND country_share = ?";
  private static final String TAGS =
      "SELECT array_agg(DISTINCT r.country) AS countries, array_agg(DISTINCT r.admin_area)"
          + " FILTER (WHERE r.admin_area IS NOT NULL) AS areas, array_agg(DISTINCT r.sdg_goal)"
          + " FILTER (WHERE r.sdg_goal IS NOT NULL) AS goals, array_agg(DISTINCT r.sdg_target)"
          + " FILTER (WHERE r.sdg_target IS NOT NULL) AS targets, array_agg(DISTINCT"
          + " r.organisation_id) FILTER (WHERE r.organisation_id IS NOT NULL) AS organisations,"
          + " array_agg(DISTINCT r.status) AS statuses FROM www_row r WHERE r.project_id = ?";

  private final AgroalDataSource dataSource;

  FundingReadModel(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The version held for the transaction (withdrawn ones included), if any. */
  public Optional<Long> transactionVersion(UUID id) {
    List<Long> versions = new ArrayList<>();
    Jdbc.query(
        dataSource,
        "SELECT version FROM www_transaction WHERE id = ?",
        List.of(id),
        rows -> versions.add(rows.getLong(1)));
    return versions.stream().findFirst();
  }

  public void save(ReadModelTransaction t) {
    Jdbc.update(
        dataSource,
        UPSERT_TRANSACTION,
        Arrays.asList(
            t.id(),
            t.version(),
            t.projectId(),
            t.typeCode(),
            t.status(),
            t.providerId(),
            t.receiverId(),
            t.amount(),
            t.currency(),
            t.valueDate(),
            t.usdAmount(),
            t.usdRate(),
            t.usdRateDate(),
            t.usdRateSource(),
            t.updatedAt()));
  }

  /** Every transaction held for the project, withdrawn ones included, in id order. */
  public List<ReadModelTransaction> transactionsOf(UUID project) {
    List<ReadModelTransaction> transactions = new ArrayList<>();
    Jdbc.query(
        dataSource,
        "SELECT * FROM www_transaction WHERE project_id = ? ORDER BY id",
        List.of(project),
        rows -> transactions.add(transaction(rows)));
    return transactions;
  }

  /** The budget of the project, if it is held and not deleted (its amount may be null). */
  public Optional<ProjectBudget> budgetOf(UUID project) {
    List<ProjectBudget> budgets = new ArrayList<>();
    Jdbc.query(
        dataSource,
        "SELECT budget_amount, budget_currency, budget_date FROM www_project WHERE id = ? AND NOT"
            + " deleted",
        List.of(project),
        rows ->
            budgets.add(
                new ProjectBudget(
                    rows.getBigDecimal("budget_amount"),
                    rows.getString("budget_currency"),
                    Jdbc.date(rows, "budget_date"))));
    return budgets.stream().findFirst();
  }

  /** Writes the project's money and each of its rows' share of it. */
  public void saveMoney(UUID project, ProjectMoney money) {
    UsdConversion budget = money.budget();
    Jdbc.update(
        dataSource,
        PROJECT_MONEY,
        Arrays.asList(
            money.budgetUsd(),
            budget == null ? null : budget.unitsPerUsd(),
            budget == null ? null : budget.rateDate(),
            budget == null ? null : budget.source(),
            money.committedUsd(),
            money.disbursedUsd(),
            project));
    Set<BigDecimal> shares = new LinkedHashSet<>();
    Jdbc.query(
        dataSource,
        "SELECT DISTINCT country_share FROM www_row WHERE project_id = ?",
        List.of(project),
        rows -> shares.add(rows.getBigDecimal(1)));
    for (BigDecimal share : shares) {
      ProjectRows.Shares s = ProjectRows.Shares.of(money, share);
      Jdbc.update(
          dataSource,
          ROW_MONEY,
          Arrays.asList(s.budget(), s.committed(), s.disbursed(), project, share));
    }
  }

  /**
   * The change feed's tags of an event about the project's money: what its rows can be filtered by,
   * with the transaction's parties among the organisations; only the parties when the project is
   * not known yet.
   */
  public ChangeFeedTags tagsOf(UUID project, List<UUID> parties) {
    ChangeFeedTags[] tags = {null};
    Jdbc.query(
        dataSource,
        TAGS,
        List.of(project),
        rows -> {
          Set<UUID> organisations = new LinkedHashSet<>(uuids(rows.getArray("organisations")));
          organisations.addAll(parties);
          tags[0] =
              new ChangeFeedTags(
                  strings(rows.getArray("countries")),
                  strings(rows.getArray("areas")),
                  integers(rows.getArray("goals")),
                  strings(rows.getArray("targets")),
                  List.copyOf(organisations),
                  strings(rows.getArray("statuses")));
        });
    return tags[0];
  }

  private static ReadModelTransaction transaction(ResultSet rows) throws SQLException {
    return new ReadModelTransaction(
        Jdbc.uuid(rows, "id"),
        rows.getLong("version"),
        Jdbc.uuid(rows, "project_id"),
        rows.getString("type_code"),
        rows.getString("status"),
        Jdbc.uuid(rows, "provider_organisation_id"),
        Jdbc.uuid(rows, "receiver_organisation_id"),
        rows.getBigDecimal("amount"),
        rows.getString("currency"),
        Jdbc.date(rows, "value_date"),
        rows.getBigDecimal("usd_amount"),
        rows.getBigDecimal("usd_rate"),
        Jdbc.date(rows, "usd_rate_date"),
        rows.getString("usd_rate_source"),
        Jdbc.instant(rows, "updated_at"));
  }

  private static List<String> strings(Array array) throws SQLException {
    return array == null ? List.of() : List.of((String[]) array.getArray());
  }

  private static List<Integer> integers(Array array) throws SQLException {
    return array == null ? List.of() : List.of((Integer[]) array.getArray());
  }

  private static List<UUID> uuids(Array array) throws SQLException {
    return array == null ? List.of() : List.of((UUID[]) array.getArray());
  }
}
