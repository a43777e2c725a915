package org.sdghub.projects.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stores an organisation's names (by language code) as JSON text for the {@code jsonb} column, with
 * a private mapper: the application's JSON settings are made for its API, and a change there must
 * not change what is stored.
 */
@Converter
public class KnownOrganisationNamesConverter
    implements AttributeConverter<Map<String, String>, String> {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<TreeMap<String, String>> NAMES = new TypeReference<>() {};

  @Override
  public String convertToDatabaseColumn(Map<String, String> names) {
    try {
      return names == null ? null : JSON.writeValueAsString(new TreeMap<>(names));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Names cannot be written as JSON", e);
    }
  }

  @Override
  public Map<String, String> convertToEntityAttribute(String column) {
    try {
      return column == null ? null : JSON.readValue(column, NAMES);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored names are not a JSON object of strings", e);
    }
  }
}
