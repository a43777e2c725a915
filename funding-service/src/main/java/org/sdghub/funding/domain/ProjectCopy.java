package org.sdghub.funding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/**
 * A project as projects-service's events last described it, with what funding needs: budget, dates,
 * status, countries, SDGs, participants. A deleted project stays, flagged.
 */
@Entity
@Table(name = "project_copy")
public class ProjectCopy {

  public static final String ACCOUNTABLE = "accountable";
  public static final String FUNDING = "funding";

  @Id public UUID id;

  @Column(name = "reporting_org_id")
  public UUID reportingOrganisationId;

  public String status;

  public boolean deleted;

  @Column(name = "budget_amount")
  public BigDecimal budgetAmount;

  @Column(name = "budget_currency")
  public String budgetCurrency;

  @Column(name = "planned_start")
  public LocalDate plannedStart;

  @Column(name = "planned_end")
  public LocalDate plannedEnd;

  @Column(name = "actual_start")
  public LocalDate actualStart;

  @Column(name = "actual_end")
  public LocalDate actualEnd;

  @Convert(converter = JsonColumns.Countries.class)
  @ColumnTransformer(write = "?::jsonb")
  @Column(name = "recipient_countries")
  public List<CountryShare> recipientCountries;

  @Convert(converter = JsonColumns.Strings.class)
  @ColumnTransformer(write = "?::jsonb")
  @Column(name = "sdg_targets")
  public List<String> sdgTargets;

  @Convert(converter = JsonColumns.Integers.class)
  @ColumnTransformer(write = "?::jsonb")
  @Column(name = "sdg_goals")
  public List<Integer> sdgGoals;

  @Convert(converter = JsonColumns.Participants.class)
  @ColumnTransformer(write = "?::jsonb")
  public List<ProjectParticipant> participants;

  /** The project's version, decided by its events. */
  public long version;

  @Column(name = "received_at")
  public Instant receivedAt;

  /** Whether the organisation is the reporting organisation or an accountable one. */
  public boolean reportedOrAccountableBy(UUID organisation) {
    return organisation.equals(reportingOrganisationId)
        || participants.stream().anyMatch(p -> p.is(organisation, ACCOUNTABLE));
  }

  /** The first accountable organisation, the default receiver of its funding. */
  public UUID accountableOrganisation() {
    return participants.stream()
        .filter(p -> p.role().equals(ACCOUNTABLE))
        .map(ProjectParticipant::organisationId)
        .findFirst()
        .orElse(reportingOrganisationId);
  }

  /** The organisations listed as funding it. */
  public List<UUID> fundingOrganisations() {
    return participants.stream()
        .filter(p -> p.role().equals(FUNDING))
        .map(ProjectParticipant::organisationId)
        .toList();
  }

  /** The date its budget is converted to USD at: planned start, else actual start. */
  public LocalDate budgetDate() {
    return plannedStart != null ? plannedStart : actualStart;
  }
}
