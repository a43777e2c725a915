package org.sdghub.funding.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 13 transaction types are those of the IATI code list, by code and name. */
class TransactionTypeTest {

  @Test
  void theTypesAreTheIatiCodeListsThirteen() throws IOException {
    List<String> listed = new ArrayList<>();
    try (InputStream in =
        getClass()
            .getClassLoader()
            .getResourceAsStream("reference/codelist-transaction-type.json")) {
      for (JsonNode entry : new ObjectMapper().readTree(in).get("entries")) {
        listed.add(entry.get("code").asText() + " " + entry.get("value").asText());
      }
    }
    List<String> types = new ArrayList<>();
    for (TransactionType type : TransactionType.values()) {
      types.add(type.code() + " " + type.apiName());
    }
    assertEquals(listed, types);
    assertEquals(13, types.size());
  }

  @Test
  void currenciesHaveTheirIsoDecimals() {
    assertEquals(0, Codelists.decimalsOf("JPY"));
    assertEquals(2, Codelists.decimalsOf("KZT"));
    assertEquals(3, Codelists.decimalsOf("KWD"));
  }
}
