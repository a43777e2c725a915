package org.sdghub.platform;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list response, the envelope every list endpoint answers with: {@code items}, the
 * 0-based {@code page} number, the page {@code size} asked for and the {@code total} number of
 * matching items across all pages.
 */
public record Page<T>(List<T> items, int page, int size, long total) {

  /** A page of {@code items} for the request that asked for it. */
  public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
    return new Page<>(List.copyOf(items), request.page(), request.size(), total);
  }

  /** The same page with each item converted, typically from entity to response record. */
  public <R> Page<R> map(Function<? super T, ? extends R> converter) {
    return new Page<>(items.stream().<R>map(converter).toList(), page, size, total);
  }
}
