package org.sdghub.gateway.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A project as the who-what-where read model keeps it: what projects-service's last applied event
 * said of it. {@code start} is the actual start, else the planned one; {@code end} likewise.
 *
 * @param budgetDate the date its budget is converted to USD at: the planned start, else the actual
 *     one (as funding-service converts it)
 * @param deleted true after a deleted event: the project keeps its version but has no rows
 */
public record ReadModelProject(
    UUID id,
    long version,
    boolean deleted,
    String iatiIdentifier,
    UUID reportingOrganisationId,
    Map<String, String> title,
    String status,
    LocalDate start,
    LocalDate end,
    List<String> sdgTargets,
    List<Integer> sdgGoals,
    List<RecipientShare> recipientCountries,
    List<Place> locations,
    List<Participation> participants,
    BigDecimal budgetAmount,
    String budgetCurrency,
    LocalDate budgetDate,
    Instant updatedAt) {

  /** A recipient country and its percentage of the project (0 to 100). */
  public record RecipientShare(String country, BigDecimal percentage) {}

  /** A location: a first-level area, optionally a place name and a point (WGS 84). */
  public record Place(String country, String adminArea, String name, Double lat, Double lon) {}

  /**
   * A participating organisation in one IATI OrganisationRole, and its answer to the listing
   * (confirmed, unconfirmed or declined; null in events published before listings were answered).
   */
  public record Participation(UUID organisationId, String role, String confirmation) {

    /** Whether the organisation declined the listing: then it is not counted as its work. */
    public boolean declined() {
      return "declined".equals(confirmation);
    }
  }

  public ReadModelProject {
    title = Map.copyOf(title);
    sdgTargets = List.copyOf(sdgTargets);
    sdgGoals = List.copyOf(sdgGoals);
    recipientCountries = List.copyOf(recipientCountries);
    locations = List.copyOf(locations);
    participants = List.copyOf(participants);
  }
}
