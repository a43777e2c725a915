package org.sdghub.projects.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.io.StringReader;
import java.util.Set;
import org.sdghub.platform.InvalidInput;
import org.sdghub.projects.api.ProjectRequest;

/**
 * Applies a JSON Merge Patch (RFC 7396, through Jakarta JSON Processing) to the writable fields of
 * a stored project, and reads and checks the result exactly like the body of a {@code PUT}: a
 * member set to null removes an optional field, and a result that breaks a constraint is a 400
 * naming the field.
 */
@ApplicationScoped
public class MergePatches {

  private final ProjectJson json;
  private final Validator validator;

  MergePatches(ProjectJson json, Validator validator) {
    this.json = json;
    this.validator = validator;
  }

  /** The request that {@code current} becomes with the patch applied. */
  public ProjectRequest apply(ProjectRequest current, String patch) {
    JsonValue merged = Json.createMergePatch(parse(patch)).apply(parse(json.write(current)));
    ProjectRequest request = json.readStrictly(merged.toString(), ProjectRequest.class);
    Set<ConstraintViolation<ProjectRequest>> violations = validator.validate(request);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    return request;
  }

  private static JsonValue parse(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidInput("body", "is required: a JSON merge patch");
    }
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return reader.readValue();
    } catch (JsonException e) {
      throw new InvalidInput("body", "is not valid JSON");
    }
  }
}
