package uk.warden.app.platform;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list; pages are numbered from 1 as people count them. */
public record Page<T>(List<T> items, int page, int size, long total) {

  public static final int MAX_SIZE = 500;

  public Page {
    items = List.copyOf(items);
  }

  public long pages() {
    return total == 0 ? 1 : (total + size - 1) / size;
  }

  public boolean hasNext() {
    return page < pages();
  }

  public boolean hasPrevious() {
    return page > 1;
  }

  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(items.stream().map(mapper).toList(), page, size, total);
  }
}
