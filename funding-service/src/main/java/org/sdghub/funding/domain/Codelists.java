package org.sdghub.funding.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The IATI code lists a transaction's codes are checked against, read once from {@code
 * reference/codelist-*.json} (generated from IATI 2.03 by {@code
 * tools/generate-reference-data.py}).
 */
public final class Codelists {

  private static final Set<String> CURRENCIES = codes("currency");
  private static final Set<String> FINANCE_TYPES = codes("finance-type");
  private static final Set<String> AID_TYPES = codes("aid-type");
  private static final Set<String> FLOW_TYPES = codes("flow-type");

  private Codelists() {}

  public static boolean isCurrency(String code) {
    return CURRENCIES.contains(code);
  }

  public static boolean isFinanceType(String code) {
    return FINANCE_TYPES.contains(code);
  }

  public static boolean isAidType(String code) {
    return AID_TYPES.contains(code);
  }

  public static boolean isFlowType(String code) {
    return FLOW_TYPES.contains(code);
  }

  /** How many decimals amounts in the currency have (ISO 4217: JPY 0, KZT 2, KWD 3). */
  public static int decimalsOf(String currency) {
    try {
      int digits = Currency.getInstance(currency).getDefaultFractionDigits();
      return digits < 0 ? 2 : digits;
    } catch (IllegalArgumentException e) {
      // A code newer than the JDK's table: most currencies have cents.
      return 2;
    }
  }

  private static Set<String> codes(String list) {
    String path = "reference/codelist-" + list + ".json";
    try (InputStream in = Codelists.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("Missing " + path);
      }
      Set<String> codes = new LinkedHashSet<>();
      for (JsonNode entry : new ObjectMapper().readTree(in).get("entries")) {
        codes.add(entry.get("code").asText());
      }
      return Set.copyOf(codes);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + path, e);
    }
  }
}
