package org.sdghub.projects.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.enterprise.context.ApplicationScoped;
import org.sdghub.platform.InvalidInput;
import org.sdghub.platform.StrictJson;

/**
 * Projects as JSON: the stored content and document (read tolerantly, since they are ours), and
 * client JSON that did not come through the REST layer (a merged patch), read as strictly as a
 * request body.
 */
@ApplicationScoped
public class ProjectJson {

  private final ObjectMapper mapper;
  private final ObjectMapper strict;

  ProjectJson(ObjectMapper mapper, StrictJson strict) {
    this.mapper = mapper;
    this.strict = strict.mapper();
  }

  /** The value as JSON text. */
  public String write(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName(), e);
    }
  }

  /** The value as JSON, UTF-8 encoded. */
  public byte[] bytes(Object value) {
    try {
      return mapper.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName(), e);
    }
  }

  /** The value as a JSON tree. */
  public JsonNode tree(Object value) {
    return mapper.valueToTree(value);
  }

  /** Stored JSON as a tree. */
  public JsonNode tree(String json) {
    return read(json, JsonNode.class);
  }

  /** Stored JSON read as {@code type}. */
  public <T> T read(String json, Class<T> type) {
    try {
      return mapper.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot read a stored " + type.getSimpleName(), e);
    }
  }

  /** A client's JSON read as {@code type}, unknown fields refused: 400 naming the field. */
  public <T> T readStrictly(String json, Class<T> type) {
    try {
      return strict.readValue(json, type);
    } catch (UnrecognizedPropertyException e) {
      throw new InvalidInput(path(e), "is not a field of this resource");
    } catch (JsonMappingException e) {
      throw new InvalidInput(path(e), StrictJson.messageFor(e));
    } catch (JsonProcessingException e) {
      throw new InvalidInput("body", "is not valid JSON");
    }
  }

  private static String path(JsonMappingException e) {
    StringBuilder field = new StringBuilder();
    for (JsonMappingException.Reference reference : e.getPath()) {
      if (reference.getFieldName() != null) {
        field.append(field.length() > 0 ? "." : "").append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        field.append('[').append(reference.getIndex()).append(']');
      }
    }
    return field.length() > 0 ? field.toString() : "body";
  }
}
