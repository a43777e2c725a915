package org.sdghub.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain text table with aligned columns: the first column left-aligned (labels), the others
 * right-aligned (figures).
 */
final class Table {

  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();

  Table(String... headers) {
    this.headers = List.of(headers);
  }

  Table row(Object... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException(
          "Row has " + cells.length + " cells, table has " + headers.size() + " columns");
    }
    rows.add(Arrays.stream(cells).map(String::valueOf).toList());
    return this;
  }

  String render() {
    int[] widths = new int[headers.size()];
    for (List<String> line : lines()) {
      for (int c = 0; c < widths.length; c++) {
        widths[c] = Math.max(widths[c], line.get(c).length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (List<String> line : lines()) {
      for (int c = 0; c < widths.length; c++) {
        String cell = line.get(c);
        String pad = " ".repeat(widths[c] - cell.length());
        out.append(c == 0 ? cell + pad : "  " + pad + cell);
      }
      out.append(System.lineSeparator());
    }
    return out.toString();
  }

  private List<List<String>> lines() {
    List<List<String>> all = new ArrayList<>();
    all.add(headers);
    all.addAll(rows);
    return all;
  }
}
