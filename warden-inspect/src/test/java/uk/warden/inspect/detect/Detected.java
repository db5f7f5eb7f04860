package uk.warden.inspect.detect;

import java.util.List;

/** Test helpers that read detections back as text, for assertions that say what was found. */
public final class Detected {

  private Detected() {}

  /** The texts a detector (alone) reports in {@code text}, in order. */
  public static List<String> texts(Detector detector, String text) {
    return texts(TextScanner.of(List.of(detector)).scan(text), text);
  }

  /** The texts of these detections. */
  public static List<String> texts(List<Detection> detections, String text) {
    return detections.stream().map(d -> d.textIn(text).toString()).toList();
  }

  /** The single detection a detector reports in {@code text}; fails if there is not exactly one. */
  public static Detection only(Detector detector, String text) {
    List<Detection> found = TextScanner.of(List.of(detector)).scan(text);
    if (found.size() != 1) {
      throw new AssertionError("expected one detection but found " + found.size());
    }
    return found.get(0);
  }
}
