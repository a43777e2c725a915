package org.sdghub.funding.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.sdghub.platform.InvalidInput;

/**
 * Reads a JSON Merge Patch body, taken as text so that its media type needs no reader of its own.
 */
final class MergePatchBody {

  private static final ObjectMapper JSON = new ObjectMapper();

  private MergePatchBody() {}

  /** The patch; 400 naming the body when it is missing or not JSON. */
  static JsonNode read(String body) {
    try {
      JsonNode patch = body == null || body.isBlank() ? null : JSON.readTree(body);
      if (patch == null) {
        throw new InvalidInput("body", "a merge patch is required");
      }
      return patch;
    } catch (JsonProcessingException e) {
      throw new InvalidInput("body", "is not JSON: " + e.getOriginalMessage());
    }
  }
}
