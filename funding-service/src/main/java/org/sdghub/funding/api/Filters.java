package org.sdghub.funding.api;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.sdghub.funding.service.FundingQuery;
import org.sdghub.platform.InvalidInput;
import org.sdghub.platform.QueryParams;

/** The filters shared by the transaction list and the summaries, read as strings (400 if bad). */
public class Filters {

  @Parameter(description = "Transactions on this project")
  @QueryParam("project")
  String project;

  @Parameter(description = "Transactions from this provider organisation")
  @QueryParam("provider")
  String provider;

  @Parameter(description = "Transactions to this receiver organisation")
  @QueryParam("receiver")
  String receiver;

  @Parameter(description = "IATI TransactionType code or name, e.g. 3 or disbursement")
  @QueryParam("type")
  String type;

  @Parameter(description = "Transactions on projects in this country (ISO 3166-1 alpha-2)")
  @QueryParam("country")
  String country;

  @Parameter(description = "Transactions on projects with this SDG goal (1-17)")
  @QueryParam("sdgGoal")
  String sdgGoal;

  @Parameter(description = "Value date on or after (ISO 8601 date)")
  @QueryParam("valueDateFrom")
  String valueDateFrom;

  @Parameter(description = "Value date on or before (ISO 8601 date)")
  @QueryParam("valueDateTo")
  String valueDateTo;

  @Parameter(description = "Changed at or after this instant (ISO 8601, with offset)")
  @QueryParam("updatedSince")
  String updatedSince;

  FundingQuery query() {
    return new FundingQuery(
        uuid("project", project),
        uuid("provider", provider),
        uuid("receiver", receiver),
        text(type),
        text(country).map(c -> checkedCountry(c)),
        goal(),
        date("valueDateFrom", valueDateFrom),
        date("valueDateTo", valueDateTo),
        QueryParams.updatedSince(updatedSince));
  }

  static Optional<UUID> uuid(String name, String value) {
    try {
      return text(value).map(UUID::fromString);
    } catch (IllegalArgumentException e) {
      throw new InvalidInput(name, "must be a UUID");
    }
  }

  static Optional<LocalDate> date(String name, String value) {
    try {
      return text(value).map(LocalDate::parse);
    } catch (DateTimeParseException e) {
      throw new InvalidInput(name, "must be an ISO 8601 date such as 2025-03-01");
    }
  }

  static Optional<String> text(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }

  private Optional<Integer> goal() {
    try {
      Optional<Integer> goal = text(sdgGoal).map(Integer::parseInt);
      if (goal.isPresent() && (goal.get() < 1 || goal.get() > 17)) {
        throw new NumberFormatException();
      }
      return goal;
    } catch (NumberFormatException e) {
      throw new InvalidInput("sdgGoal", "must be an SDG goal number, 1 to 17");
    }
  }

  private static String checkedCountry(String value) {
    if (!value.matches("[A-Z]{2}")) {
      throw new InvalidInput("country", "must be an ISO 3166-1 alpha-2 code such as KZ");
    }
    return value;
  }
}
