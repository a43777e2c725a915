package org.sdghub.funding.repository;

import io.quarkus.panache.common.Parameters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A Panache query condition built from the filters that are present only. */
final class Where {

  private final List<String> clauses = new ArrayList<>();
  private final Map<String, Object> params = new HashMap<>();

  /** Adds {@code clause} (naming {@code :name}) if the value is present. */
  <T> Where and(String clause, String name, Optional<T> value) {
    value.ifPresent(
        v -> {
          clauses.add(clause);
          params.put(name, v);
        });
    return this;
  }

  /** Adds a clause that needs no parameter. */
  Where and(String clause) {
    clauses.add(clause);
    return this;
  }

  String query() {
    return clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
  }

  Parameters parameters() {
    Parameters parameters = new Parameters();
    params.forEach(parameters::and);
    return parameters;
  }
}
