package org.sdghub.partners.service;

import java.util.Optional;
import org.sdghub.partners.api.OrganisationQuery;
import org.sdghub.partners.domain.NameKeys;
import org.sdghub.partners.domain.OrganisationKind;
import org.sdghub.partners.domain.OrganisationStatus;
import org.sdghub.partners.domain.ReferenceCodes;
import org.sdghub.partners.repository.OrganisationFilter;
import org.sdghub.platform.InvalidInput;

/** Reads the list filters, answering an unknown code with a 400 naming the query parameter. */
final class QueryRules {

  private QueryRules() {}

  static OrganisationFilter toFilter(OrganisationQuery query) {
    Optional<String> kindCode = present(query.kind());
    Optional<OrganisationKind> kind =
        kindCode.map(
            code ->
                OrganisationKind.fromCode(code)
                    .orElseThrow(
                        () ->
                            new InvalidInput("kind", "must be one of " + OrganisationKind.CODES)));
    Optional<OrganisationStatus> status =
        present(query.status())
            .map(
                code ->
                    OrganisationStatus.fromCode(code)
                        .orElseThrow(
                            () -> new InvalidInput("status", "must be active or archived")));
    Optional<String> type = present(query.type());
    if (type.isPresent() && !ReferenceCodes.isOrganisationType(type.get())) {
      throw new InvalidInput("type", "is not a code of the IATI OrganisationType list");
    }
    Optional<String> country = present(query.country());
    if (country.isPresent() && !ReferenceCodes.isCountry(country.get())) {
      throw new InvalidInput("country", "is not an ISO 3166-1 alpha-2 country code");
    }
    return new OrganisationFilter(
        kind, type, country, status, nameKey(query.q()), query.updatedSince());
  }

  private static Optional<String> nameKey(String q) {
    if (present(q).isEmpty()) {
      return Optional.empty();
    }
    if (q.length() > 200) {
      throw new InvalidInput("q", "must be at most 200 characters");
    }
    String key = NameKeys.of(q);
    if (key.isEmpty()) {
      throw new InvalidInput("q", "must contain a letter or a digit");
    }
    return Optional.of(key);
  }

  private static Optional<String> present(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }
}
