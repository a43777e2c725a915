package org.sdghub.platform;

import io.quarkus.panache.common.Sort;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Which page of a list a client asked for, read from the query parameters {@code page} (0-based,
 * default 0), {@code size} (default {@value #DEFAULT_SIZE}, at most {@value #MAX_SIZE}: a larger
 * size is a 400, never silently cut) and {@code sort} ({@code field} or {@code field,asc|desc}, the
 * field from an allow-list the resource passes). The order always ends with {@code id} ascending,
 * so rows that tie on the sort field keep a stable order across pages.
 */
public record PageRequest(int page, int size, List<Order> order) {

  /** The page size when the client names none. */
  public static final int DEFAULT_SIZE = 20;

  /** The largest page size a client may ask for. */
  public static final int MAX_SIZE = 100;

  /** The attribute every entity is ordered by last, so that ties are broken the same way. */
  public static final String TIE_BREAKER = "id";

  /** One sort key: an entity attribute and its direction. */
  public record Order(String attribute, boolean ascending) {}

  /** A page request is always within bounds and ordered; {@link #of} is how clients get one. */
  public PageRequest {
    if (page < 0 || size < 1 || size > MAX_SIZE || order.isEmpty()) {
      throw new IllegalArgumentException("Page " + page + " of size " + size + " by " + order);
    }
    order = List.copyOf(order);
  }

  /**
   * Reads the query parameters (each may be null). {@code sortable} maps each field name a client
   * may sort by to the entity attribute it sorts (for example {@code "name" -> "name.en"}).
   */
  public static PageRequest of(
      String page, String size, String sort, Map<String, String> sortable) {
    int pageNumber = integer("page", page, 0);
    int pageSize = integer("size", size, DEFAULT_SIZE);
    if (pageNumber < 0) {
      throw new InvalidInput("page", "must be 0 or more (pages are numbered from 0)");
    }
    if (pageSize < 1 || pageSize > MAX_SIZE) {
      throw new InvalidInput("size", "must be between 1 and " + MAX_SIZE);
    }
    return new PageRequest(pageNumber, pageSize, SortParam.parse(sort, sortable));
  }

  /** How many rows come before this page. */
  public long offset() {
    return (long) page * size;
  }

  /** The order as a Panache sort, for {@code find(query, request.panacheSort(), params)}. */
  public Sort panacheSort() {
    Sort sort = null;
    for (Order o : order) {
      Sort.Direction direction =
          o.ascending() ? Sort.Direction.Ascending : Sort.Direction.Descending;
      sort = sort == null ? Sort.by(o.attribute(), direction) : sort.and(o.attribute(), direction);
    }
    return sort;
  }

  /** The page as a Panache page, for {@code query.page(request.panachePage())}. */
  public io.quarkus.panache.common.Page panachePage() {
    return io.quarkus.panache.common.Page.of(page, size);
  }

  /** The order as a JPQL/SQL {@code ORDER BY} list, built only from allow-listed attributes. */
  public String orderBy() {
    return String.join(
        ", ", order.stream().map(o -> o.attribute() + (o.ascending() ? " ASC" : " DESC")).toList());
  }

  private static int integer(String name, String value, int absent) {
    if (value == null || value.isBlank()) {
      return absent;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new InvalidInput(name, "must be a whole number");
    }
  }

  /** Reads {@code field[,asc|desc]}. */
  private static final class SortParam {
    static List<Order> parse(String sort, Map<String, String> sortable) {
      Order tieBreaker = new Order(TIE_BREAKER, true);
      if (sort == null || sort.isBlank()) {
        return List.of(tieBreaker);
      }
      String[] parts = sort.split(",", -1);
      String attribute = sortable.get(parts[0].trim());
      if (attribute == null || parts.length > 2) {
        throw new InvalidInput(
            "sort",
            "must be field or field,asc|desc with field one of "
                + new TreeSet<>(sortable.keySet()));
      }
      boolean ascending = parts.length == 1 || direction(parts[1]);
      Order first = new Order(attribute, ascending);
      return attribute.equals(TIE_BREAKER) ? List.of(first) : List.of(first, tieBreaker);
    }

    private static boolean direction(String value) {
      return switch (value.trim().toLowerCase(Locale.ROOT)) {
        case "asc" -> true;
        case "desc" -> false;
        default -> throw new InvalidInput("sort", "direction must be asc or desc");
      };
    }
  }
}
