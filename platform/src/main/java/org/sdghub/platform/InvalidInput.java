package org.sdghub.platform;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Answers 400 with the fields at fault, the same shape as a Bean Validation failure: services throw
 * it for rules that need data (the SDG target exists, the organisation is known).
 */
public class InvalidInput extends ProblemException {

  private final List<FieldError> errors;

  /** A 400 naming one field, for example {@code new InvalidInput("sdgTargets[2]", "unknown")}. */
  public InvalidInput(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }

  /** A 400 naming several fields; there is at least one. */
  public InvalidInput(List<FieldError> errors) {
    super(400, "invalid-input", "The request is not valid", describe(errors), Map.of());
    this.errors = List.copyOf(errors);
  }

  @Override
  public List<FieldError> errors() {
    return errors;
  }

  private static String describe(List<FieldError> errors) {
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("An invalid input names at least one field");
    }
    return errors.stream()
        .map(e -> e.field() + ": " + e.message())
        .collect(Collectors.joining("; ", "", "."));
  }
}
