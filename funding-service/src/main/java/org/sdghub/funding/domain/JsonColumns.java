package org.sdghub.funding.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import java.util.List;
import java.util.Map;

/**
 * Converters of the jsonb columns, bound as text and cast by PostgreSQL ({@code ?::jsonb}), so that
 * no JSON type mapping of Hibernate's is involved.
 */
public final class JsonColumns {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonColumns() {}

  /** Reads and writes one type of value as JSON text. */
  abstract static class Of<T> implements AttributeConverter<T, String> {
    private final TypeReference<T> type;

    Of(TypeReference<T> type) {
      this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(T value) {
      try {
        return value == null ? null : JSON.writeValueAsString(value);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("Cannot write a JSON column", e);
      }
    }

    @Override
    public T convertToEntityAttribute(String text) {
      try {
        return text == null ? null : JSON.readValue(text, type);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("Cannot read a JSON column", e);
      }
    }
  }

  /** Texts by language code. */
  public static class Texts extends Of<Map<String, String>> {
    public Texts() {
      super(new TypeReference<>() {});
    }
  }

  /** A list of strings. */
  public static class Strings extends Of<List<String>> {
    public Strings() {
      super(new TypeReference<>() {});
    }
  }

  /** A list of whole numbers. */
  public static class Integers extends Of<List<Integer>> {
    public Integers() {
      super(new TypeReference<>() {});
    }
  }

  /** Recipient countries and their shares. */
  public static class Countries extends Of<List<CountryShare>> {
    public Countries() {
      super(new TypeReference<>() {});
    }
  }

  /** Participating organisations and their roles. */
  public static class Participants extends Of<List<ProjectParticipant>> {
    public Participants() {
      super(new TypeReference<>() {});
    }
  }
}
