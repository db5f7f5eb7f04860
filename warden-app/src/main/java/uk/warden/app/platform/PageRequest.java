package uk.warden.app.platform;

/** A page asked for by a face, clamped so no request can ask for the whole table at once. */
public record PageRequest(int page, int size) {

  public PageRequest {
    page = Math.max(1, page);
    size = Math.max(1, Math.min(Page.MAX_SIZE, size));
  }

  public static PageRequest of(Integer page, Integer size) {
    return new PageRequest(page == null ? 1 : page, size == null ? 50 : size);
  }

  public long offset() {
    return (long) (page - 1) * size;
  }
}
