package uk.warden.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import uk.warden.core.breach.ImpactEngine;
import uk.warden.core.breach.RiskMatrix;
import uk.warden.core.custody.CustodyLedger;
import uk.warden.core.custody.Transfer;
import uk.warden.synth.SyntheticLedger;

/**
 * Measures the heap the custody index and the person attributes retain: used heap after full
 * collections, before and after building them. {@link HeapStep} runs this class's {@code main} in a
 * JVM capped at 512 MB, so a result at all shows the index fits and can be assessed there.
 */
public final class IndexHeap {

  private static final Pattern LINE =
      Pattern.compile("index-heap retained=(\\d+) bitmaps=(\\d+) attributes=(\\d+) max=(\\d+)");
  private static final int COLLECTIONS = 3;

  private IndexHeap() {}

  /**
   * @param retainedBytes what building the index added to the live heap
   * @param bitmapBytes the transfers' person bitmaps, as RoaringBitmap sizes them
   * @param attributeBytes the person attribute columns and their sets
   * @param maxHeapBytes the JVM's heap limit
   */
  public record Measurement(
      long retainedBytes, long bitmapBytes, long attributeBytes, long maxHeapBytes) {

    /** The one line the forked JVM prints for the parent to read. */
    String line() {
      return "index-heap retained="
          + retainedBytes
          + " bitmaps="
          + bitmapBytes
          + " attributes="
          + attributeBytes
          + " max="
          + maxHeapBytes;
    }

    static @Nullable Measurement parse(String line) {
      Matcher matcher = LINE.matcher(line.strip());
      if (!matcher.matches()) {
        return null;
      }
      return new Measurement(
          Long.parseLong(matcher.group(1)),
          Long.parseLong(matcher.group(2)),
          Long.parseLong(matcher.group(3)),
          Long.parseLong(matcher.group(4)));
    }
  }

  /** {@code args[0]}: a {@link BenchScale} name. */
  public static void main(String[] args) {
    System.out.println(measure(BenchScale.valueOf(args[0])).line());
  }

  public static Measurement measure(BenchScale scale) {
    long before = usedAfterCollections();
    SyntheticLedger ledger = scale.build();
    long retained = usedAfterCollections() - before;
    // Assessing the largest incident as well shows the index is usable in the heap, not just held.
    ImpactEngine.assess(
        ledger.unknownWindowIncident(),
        ledger.ledger(),
        ledger.attributes(),
        RiskMatrix.standard(),
        ledger.now());
    Measurement measurement =
        new Measurement(
            retained,
            bitmapBytes(ledger.ledger()),
            ledger.attributes().sizeInBytes(),
            Runtime.getRuntime().maxMemory());
    Reference.reachabilityFence(ledger);
    return measurement;
  }

  private static long bitmapBytes(CustodyLedger ledger) {
    long bytes = 0;
    for (String party : ledger.parties()) {
      for (Transfer transfer : ledger.party(party).transfers()) {
        bytes += transfer.people().sizeInBytes();
      }
    }
    return bytes;
  }

  private static long usedAfterCollections() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < COLLECTIONS; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
