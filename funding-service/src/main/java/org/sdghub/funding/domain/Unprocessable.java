package org.sdghub.funding.domain;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sdghub.platform.FieldError;
import org.sdghub.platform.ProblemException;

/**
 * Answers 422: the request is well formed but the data it names does not allow it (an unknown or
 * deleted project, no exchange rate for the currency on the value date, too many decimals).
 */
public class Unprocessable extends ProblemException {

  private final List<FieldError> errors;

  /** A 422 naming one field. */
  public Unprocessable(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }

  /** A 422 naming each field at fault; there is at least one. */
  public Unprocessable(List<FieldError> errors) {
    super(
        422,
        "unprocessable",
        "The request cannot be carried out with the data it names",
        errors.stream()
            .map(e -> e.field() + ": " + e.message())
            .collect(Collectors.joining("; ", "", ".")),
        Map.of());
    this.errors = List.copyOf(errors);
  }

  @Override
  public List<FieldError> errors() {
    return errors;
  }
}
