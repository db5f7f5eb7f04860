package uk.warden.inspect.content;

/**
 * Bounds on what one inspection may read, so that a hostile file ends in a clear refusal rather
 * than exhausting memory or time. A reader that meets a bound throws {@link UnreadableException}
 * naming it; the defaults fit a 512 MB heap.
 *
 * @param maxFileBytes largest file (or attachment) accepted
 * @param maxExpandedBytes most bytes any archive may expand to in all (zip bombs)
 * @param maxCompressionRatio largest ratio of expanded to compressed size of one zip entry
 * @param maxEntries most entries in an archive
 * @param maxCells most table cells read from one file
 * @param maxNesting deepest chain of nested documents (attachments of attachments)
 * @param maxPages most PDF pages or slides
 */
public record Limits(
    long maxFileBytes,
    long maxExpandedBytes,
    double maxCompressionRatio,
    int maxEntries,
    long maxCells,
    int maxNesting,
    int maxPages) {

  public static Limits defaults() {
    return new Limits(200L << 20, 1L << 30, 200, 10_000, 20_000_000, 5, 5_000);
  }
}
