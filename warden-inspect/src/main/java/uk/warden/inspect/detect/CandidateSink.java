package uk.warden.inspect.detect;

/**
 * Where a detector reports what it found. The scanner behind it applies validation, context and
 * scoring, so a detector only says where, by which rule, and what its check said.
 */
@FunctionalInterface
public interface CandidateSink {

  /**
   * Reports a candidate spanning {@code [start, end)} of the scanned text. A {@link
   * Validation#REJECTED} report is dropped; reporting it anyway keeps detectors simple to read.
   */
  void report(int start, int end, DetectionRule rule, Validation validation);
}
