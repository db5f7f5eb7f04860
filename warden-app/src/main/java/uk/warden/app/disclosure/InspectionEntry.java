package uk.warden.app.disclosure;

import java.time.Instant;
import uk.warden.inspect.content.Format;
import uk.warden.inspect.policy.Expectation;
import uk.warden.inspect.report.Verdict;

/** A recorded inspection as lists show it, without its report. */
public record InspectionEntry(
    long id,
    String file,
    Format format,
    long bytes,
    Verdict verdict,
    Expectation expectation,
    ReleaseStatus status,
    String inspectedBy,
    Instant inspectedAt) {}
