package org.sdghub.funding.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.sdghub.funding.api.TransactionRequest;
import org.sdghub.platform.FieldError;
import org.sdghub.platform.InvalidInput;
import org.sdghub.platform.StrictJson;

/**
 * Applies a JSON Merge Patch (RFC 7396) to a transaction's state as a request, and checks the
 * result exactly as a PUT body is checked (unknown fields, types, constraints: 400 naming the
 * field).
 */
@ApplicationScoped
public class MergePatch {

  private final ObjectMapper strict;
  private final Validator validator;

  MergePatch(StrictJson json, Validator validator) {
    this.strict = json.mapper();
    this.validator = validator;
  }

  /** The request the patch makes of the current one. */
  public TransactionRequest apply(TransactionRequest current, JsonNode patch) {
    if (!patch.isObject()) {
      throw new InvalidInput("body", "a merge patch of a transaction is a JSON object");
    }
    JsonNode merged = merge(strict.valueToTree(current), patch);
    TransactionRequest request;
    try {
      request = strict.treeToValue(merged, TransactionRequest.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      String field =
          e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping
                  && !mapping.getPath().isEmpty()
              ? mapping.getPath().get(0).getFieldName()
              : "body";
      throw new InvalidInput(field == null ? "body" : field, "is not valid here");
    }
    Set<ConstraintViolation<TransactionRequest>> violations = validator.validate(request);
    if (!violations.isEmpty()) {
      List<FieldError> errors =
          violations.stream()
              .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
              .sorted(Comparator.comparing(FieldError::field))
              .toList();
      throw new InvalidInput(errors);
    }
    return request;
  }

  private static JsonNode merge(JsonNode target, JsonNode patch) {
    if (!patch.isObject()) {
      return patch;
    }
    ObjectNode result =
        target != null && target.isObject()
            ? ((ObjectNode) target).deepCopy()
            : JsonNodeFactory.instance.objectNode();
    patch
        .fields()
        .forEachRemaining(
            entry -> {
              if (entry.getValue().isNull()) {
                result.remove(entry.getKey());
              } else {
                result.set(entry.getKey(), merge(result.get(entry.getKey()), entry.getValue()));
              }
            });
    return result;
  }
}
