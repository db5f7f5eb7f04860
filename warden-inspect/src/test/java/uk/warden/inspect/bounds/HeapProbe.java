package uk.warden.inspect.bounds;

import java.nio.file.Path;
import uk.warden.inspect.Inspector;
import uk.warden.inspect.content.UnreadableException;
import uk.warden.inspect.policy.Expectation;
import uk.warden.inspect.report.FileReport;

/**
 * Inspects one file and prints its verdict, or the refusal: run by {@link BoundedHeapTests} in a
 * JVM with the heap the issue sets, so running out of memory shows as a failed process.
 */
public final class HeapProbe {

  private HeapProbe() {}

  public static void main(String[] args) throws Exception {
    try {
      FileReport report = Inspector.standard().inspect(Path.of(args[0]), Expectation.UNSTATED);
      System.out.println("VERDICT " + report.verdict() + " " + report.findings().size());
    } catch (UnreadableException e) {
      System.out.println("REFUSED " + e.getMessage());
    }
    Runtime runtime = Runtime.getRuntime();
    System.out.println("HEAP " + (runtime.totalMemory() - runtime.freeMemory()) / (1 << 20));
  }
}
