package uk.warden.app.findings;

import java.util.ArrayList;
import java.util.List;
import uk.warden.app.watch.WatchFinding;
import uk.warden.core.findings.Fact;
import uk.warden.core.findings.Finding;
import uk.warden.core.findings.Severity;
import uk.warden.core.findings.Subject;
import uk.warden.core.findings.SubjectKind;

/**
 * The integrity watch's open unexplained losses as findings, so one list holds everything that
 * needs someone's attention. The key names the system and the loss's first day, as the watch keeps
 * one loss per system and day.
 */
final class WatchLosses {

  static final String RULE = "unexplained-loss";

  private WatchLosses() {}

  static List<Finding> asFindings(List<WatchFinding> losses) {
    List<Finding> findings = new ArrayList<>(losses.size());
    for (WatchFinding loss : losses) {
      findings.add(asFinding(loss));
    }
    return findings;
  }

  static Finding asFinding(WatchFinding loss) {
    List<Fact> evidence = new ArrayList<>();
    evidence.add(new Fact("system", "System", loss.system()));
    evidence.add(new Fact("period", "Period", loss.period()));
    evidence.add(new Fact("objects", "Objects lost", String.format("%,d", loss.objects())));
    evidence.add(
        new Fact("fraction", "Share of the store", String.format("%.1f%%", loss.fraction() * 100)));
    evidence.add(new Fact("shape", "Shape", loss.shape().name().toLowerCase()));
    evidence.add(new Fact("watchFinding", "Watch finding", String.valueOf(loss.id())));
    if (loss.migrationId() != null) {
      evidence.add(new Fact("migration", "During migration", String.valueOf(loss.migrationId())));
    }
    return new Finding(
        RULE + "/" + SubjectKind.SYSTEM.keyPart() + "/" + loss.system() + "/" + loss.from(),
        RULE,
        RULE,
        severity(loss),
        new Subject(SubjectKind.SYSTEM, loss.system(), null),
        "Unexplained loss of stored data",
        loss.describe() + ".",
        "Stored data fell with no retention schedule, deletion or migration to explain it. Loss of"
            + " availability is a personal data breach (UK GDPR Art. 4(12)); South Yorkshire"
            + " Police noticed the loss of 96,174 body-worn video files only weeks later.",
        "The integrity watch's daily counts of the system, against its learnt growth.",
        evidence,
        "Find out what happened. If the data is gone, raise an availability incident from the"
            + " system's watch page (the 72-hour clock may be running); if the fall was planned,"
            + " record the retention, deletion or migration that explains it.");
  }

  private static Severity severity(WatchFinding loss) {
    return switch (loss.severity()) {
      case LOW -> Severity.LOW;
      case MEDIUM -> Severity.MEDIUM;
      case HIGH -> Severity.HIGH;
    };
  }
}
