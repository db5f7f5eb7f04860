package uk.warden.app.findings;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import uk.warden.core.findings.Finding;

/**
 * A finding as the list shows it: what the engine (or the integrity watch) found now, with what
 * people decided about it under its key.
 *
 * @param assignee who is dealing with it, or null
 * @param changedAt when its state last changed, or null if nobody has touched it
 */
public record ListedFinding(
    Finding finding,
    FindingStatus status,
    @Nullable String assignee,
    @Nullable Instant changedAt,
    @Nullable String changedBy) {

  public String key() {
    return finding.key();
  }

  /** The party it concerns, where it concerns one: the subject, or the supplier in its evidence. */
  public @Nullable String party() {
    return finding.subject().kind() == uk.warden.core.findings.SubjectKind.PARTY
        ? finding.subject().id()
        : finding.fact("party");
  }

  /** The system it concerns, where it concerns one. */
  public @Nullable String system() {
    if (finding.subject().kind() == uk.warden.core.findings.SubjectKind.SYSTEM) {
      return finding.subject().id();
    }
    String system = finding.fact("system");
    return system != null ? system : finding.subject().qualifier();
  }
}
