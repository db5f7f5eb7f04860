package uk.warden.app.platform;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list; pages are numbered from 1 as people count them. */
public record Page<T>(List<T> items, int page, int size, long total) {

  public static final int MAX_SIZE = 500;

  public Page {
    items = List.copyOf(items);
  }

  /** The requested page of a list that is small enough to filter in memory (parties, systems). */
  public static <T> Page<T> of(List<T> all, PageRequest request) {
    int from = (int) Math.min(all.size(), request.offset());
    int to = Math.min(all.size(), from + request.size());
    return new Page<>(all.subList(from, to), request.page(), request.size(), all.size());
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
