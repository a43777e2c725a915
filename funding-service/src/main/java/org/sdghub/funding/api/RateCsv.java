package org.sdghub.funding.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sdghub.platform.InvalidInput;

/**
 * Reads an upload of rates as CSV: a header naming the columns {@code currency, date, unitsPerUsd,
 * source} in any order, then one rate per line; fields hold no commas. Data line {@code i} (from 0)
 * is {@code rows[i]}, as in a JSON upload.
 */
final class RateCsv {

  private static final List<String> COLUMNS = List.of("currency", "date", "unitsPerUsd", "source");

  private RateCsv() {}

  static List<ExchangeRateRow> parse(String body) {
    List<String> lines =
        body == null
            ? List.of()
            : Arrays.stream(body.split("\r?\n")).filter(l -> !l.isBlank()).toList();
    if (lines.isEmpty()) {
      throw new InvalidInput("rows", "the CSV needs a header line and at least one rate");
    }
    List<String> header = Arrays.stream(lines.get(0).split(",", -1)).map(String::trim).toList();
    int[] at = COLUMNS.stream().mapToInt(header::indexOf).toArray();
    if (header.size() != COLUMNS.size() || Arrays.stream(at).anyMatch(i -> i < 0)) {
      throw new InvalidInput("header", "must name the columns " + String.join(",", COLUMNS));
    }
    List<ExchangeRateRow> rows = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String[] fields = lines.get(i).split(",", -1);
      if (fields.length != COLUMNS.size()) {
        throw new InvalidInput(
            "rows[" + (i - 1) + "]",
            "line " + (i + 1) + " has " + fields.length + " fields, not " + COLUMNS.size());
      }
      rows.add(new ExchangeRateRow(fields[at[0]], fields[at[1]], fields[at[2]], fields[at[3]]));
    }
    return rows;
  }
}
