package uk.warden.synth;

import org.jspecify.annotations.Nullable;
import uk.warden.core.register.EmploymentStatus;
import uk.warden.core.register.PersonKind;

/**
 * The part of a person that decides which systems hold them: kind, rank or grade, unit, role flags
 * and status. The census counts postings; the people pass dresses them with names, numbers and
 * clearances.
 */
record Posting(
    PersonKind kind,
    @Nullable String rankCode,
    @Nullable String grade,
    int unitIndex,
    int flagMask,
    EmploymentStatus status) {

  boolean left() {
    return status == EmploymentStatus.LEFT;
  }
}
