package uk.warden.core.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Walks the chain in position order and names the first entry that was altered, removed, inserted
 * or reordered.
 *
 * <p>A hash is computed over the entry's position, so an entry found at another position still
 * tells where it was written: its hash matches at that position. An entry written later than where
 * it stands was moved up (reordered) if the entry it followed still exists, and otherwise what
 * stood before it was removed and the rest renumbered; one written earlier than where it stands was
 * pushed down by entries inserted before it. The search for the original position is bounded to
 * {@link #MOVE_WINDOW} positions either way; a bigger move reads as an alteration. A forger who
 * rewrites every hash after a change leaves a chain that holds by itself: comparing with a head
 * kept elsewhere (the last SIEM export, {@link ChainHead}) catches that.
 */
public final class ChainVerifier {

  static final int MOVE_WINDOW = 1024;

  private final Predicate<String> hashStored;
  private final Map<Long, String> anchors = new HashMap<>();
  private long checked;
  private @Nullable AuditEntry previous;

  /**
   * @param hashStored whether any entry in the store carries this hash (an indexed look-up)
   * @param anchors heads recorded earlier, apart from the entries: the chain must pass through each
   */
  public ChainVerifier(Predicate<String> hashStored, List<ChainHead> anchors) {
    this.hashStored = hashStored;
    for (ChainHead anchor : anchors) {
      if (anchor.seq() > 0) {
        this.anchors.put(anchor.seq(), anchor.hash());
      }
    }
  }

  /**
   * Checks the next entry; returns the break it shows, if any. Stop at the first break: what
   * follows it is judged against a chain already known to be wrong.
   */
  public @Nullable ChainBreak next(AuditEntry entry) {
    long expectedSeq = previous == null ? 1 : previous.seq() + 1;
    String expectedPrev = previous == null ? AuditChain.GENESIS : previous.hash();
    if (entry.seq() > expectedSeq) {
      return new ChainBreak(
          expectedSeq,
          Tamper.REMOVED,
          "entries " + expectedSeq + " to " + (entry.seq() - 1) + " are missing");
    }
    if (entry.seq() < expectedSeq) {
      return new ChainBreak(
          entry.seq(), Tamper.REORDERED, "entry " + entry.seq() + " comes after " + previous.seq());
    }
    if (!entry.intact()) {
      return moved(entry);
    }
    if (!entry.prevHash().equals(expectedPrev)) {
      // Both entries hash correctly yet do not link: the earlier one was changed and re-hashed.
      return new ChainBreak(
          expectedSeq - 1,
          Tamper.ALTERED,
          "entry "
              + (expectedSeq - 1)
              + " was changed and its hash rewritten: entry "
              + entry.seq()
              + " no longer follows it");
    }
    String anchored = anchors.get(entry.seq());
    if (anchored != null && !anchored.equals(entry.hash())) {
      return new ChainBreak(
          entry.seq(),
          Tamper.ALTERED,
          "the chain up to entry " + entry.seq() + " differs from the head recorded earlier");
    }
    previous = entry;
    checked++;
    return null;
  }

  /** After the last entry: whether the chain is shorter than a head recorded earlier says. */
  public @Nullable ChainBreak finish() {
    long last = head().seq();
    long furthest = anchors.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
    if (furthest > last) {
      return new ChainBreak(
          last + 1,
          Tamper.REMOVED,
          "entries " + (last + 1) + " to " + furthest + " were cut from the end");
    }
    return null;
  }

  public ChainHead head() {
    return previous == null ? ChainHead.EMPTY : new ChainHead(previous.seq(), previous.hash());
  }

  public long checked() {
    return checked;
  }

  private ChainBreak moved(AuditEntry entry) {
    long origin = originalSeq(entry);
    if (origin > entry.seq()) {
      if (hashStored.test(entry.prevHash())) {
        return new ChainBreak(
            entry.seq(),
            Tamper.REORDERED,
            "entry " + entry.seq() + " was written as entry " + origin);
      }
      return new ChainBreak(
          entry.seq(),
          Tamper.REMOVED,
          "entries written as "
              + entry.seq()
              + " to "
              + (origin - 1)
              + " were removed and the rest renumbered");
    }
    if (origin > 0 && origin < entry.seq()) {
      return new ChainBreak(
          origin,
          Tamper.INSERTED,
          "entries "
              + origin
              + " to "
              + (entry.seq() - 1)
              + " were inserted; the rest were renumbered");
    }
    return new ChainBreak(
        entry.seq(), Tamper.ALTERED, "entry " + entry.seq() + " no longer matches its hash");
  }

  /** Where the entry was written, if near where it stands; 0 when its hash matches nowhere. */
  private static long originalSeq(AuditEntry entry) {
    for (long d = 1; d <= MOVE_WINDOW; d++) {
      for (long seq : new long[] {entry.seq() + d, entry.seq() - d}) {
        if (seq > 0 && AuditChain.hash(seq, entry.event(), entry.prevHash()).equals(entry.hash())) {
          return seq;
        }
      }
    }
    return 0;
  }

  /** Verifies a whole chain read in position order. */
  public static ChainReport verify(
      Iterable<AuditEntry> inOrder, Predicate<String> hashStored, List<ChainHead> anchors) {
    ChainVerifier verifier = new ChainVerifier(hashStored, anchors);
    for (AuditEntry entry : inOrder) {
      ChainBreak found = verifier.next(entry);
      if (found != null) {
        return verifier.report(found);
      }
    }
    return verifier.report(verifier.finish());
  }

  public ChainReport report(@Nullable ChainBreak found) {
    return new ChainReport(checked, head(), found);
  }
}
