package uk.warden.bench.inspect;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.jspecify.annotations.Nullable;
import uk.warden.inspect.Inspector;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.policy.Expectation;
import uk.warden.inspect.report.FileReport;
import uk.warden.inspect.report.Finding;

/**
 * One inspection of a workbook in a JVM of its own, started by {@link InspectXlsxStep} with the
 * issue's 512 MB heap: completing at all shows the guard fits. It prints one line with the heap it
 * used and what it found, so the parent can also tell a real inspection from a refusal.
 *
 * <p>The peak is taken from the garbage collector's notifications: the heap in use just before each
 * collection, when it is fullest (garbage included), and the most left after one, an upper bound on
 * what the inspection kept live.
 */
public final class InspectHeap {

  private static final Pattern LINE =
      Pattern.compile(
          "inspect-heap peak=(\\d+) live=(\\d+) millis=(\\d+) format=(\\S+)"
              + " verdict=(\\S+) findings=(\\d+) columns=(\\d+) uninspectable=(.*)");

  private InspectHeap() {}

  /**
   * @param peakBytes heap in use just before the fullest collection (or at the end, if more)
   * @param liveBytes most heap left after a collection
   * @param millis the one inspection, cold
   * @param uninspectable the detail of an UNINSPECTABLE finding for the file itself, or empty
   */
  public record Measurement(
      long peakBytes,
      long liveBytes,
      long millis,
      String format,
      String verdict,
      int findings,
      int columns,
      String uninspectable) {

    String line() {
      return "inspect-heap peak="
          + peakBytes
          + " live="
          + liveBytes
          + " millis="
          + millis
          + " format="
          + format
          + " verdict="
          + verdict
          + " findings="
          + findings
          + " columns="
          + columns
          + " uninspectable="
          + uninspectable;
    }

    static @Nullable Measurement parse(String line) {
      Matcher m = LINE.matcher(line.strip());
      if (!m.matches()) {
        return null;
      }
      return new Measurement(
          Long.parseLong(m.group(1)),
          Long.parseLong(m.group(2)),
          Long.parseLong(m.group(3)),
          m.group(4),
          m.group(5),
          Integer.parseInt(m.group(6)),
          Integer.parseInt(m.group(7)),
          m.group(8));
    }
  }

  /** {@code args[0]}: the workbook. */
  public static void main(String[] args) throws Exception {
    System.out.println(measure(Path.of(args[0])).line());
  }

  static Measurement measure(Path file) throws Exception {
    Set<String> heapPools = new HashSet<>();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        heapPools.add(pool.getName());
      }
    }
    AtomicLong peak = new AtomicLong();
    AtomicLong live = new AtomicLong();
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) collector)
          .addNotificationListener(
              (notification, handback) -> {
                if (!notification
                    .getType()
                    .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                  return;
                }
                var info =
                    GarbageCollectionNotificationInfo.from(
                        (CompositeData) notification.getUserData());
                peak.accumulateAndGet(
                    used(info.getGcInfo().getMemoryUsageBeforeGc(), heapPools), Math::max);
                live.accumulateAndGet(
                    used(info.getGcInfo().getMemoryUsageAfterGc(), heapPools), Math::max);
              },
              null,
              null);
    }
    Inspector inspector = Inspector.standard();
    long start = System.nanoTime();
    FileReport report = inspector.inspect(file, Expectation.UNSTATED);
    long millis = (System.nanoTime() - start) / 1_000_000;
    peak.accumulateAndGet(
        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
    // Notifications arrive on their own thread; give the last ones time to land.
    Thread.sleep(200);
    String uninspectable = "";
    for (Finding finding : report.findings()) {
      if (finding.code().equals(HiddenContent.UNINSPECTABLE.name())) {
        uninspectable = finding.detail().replace('\n', ' ');
        break;
      }
    }
    return new Measurement(
        peak.get(),
        live.get(),
        millis,
        report.format().name(),
        report.verdict().name(),
        report.findings().size(),
        report.columns().size(),
        uninspectable);
  }

  private static long used(Map<String, MemoryUsage> pools, Set<String> heapPools) {
    long used = 0;
    for (Map.Entry<String, MemoryUsage> pool : pools.entrySet()) {
      if (heapPools.contains(pool.getKey())) {
        used += pool.getValue().getUsed();
      }
    }
    return used;
  }
}
