package uk.warden.app.disclosure;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.List;
import uk.warden.inspect.policy.Expectation;
import uk.warden.inspect.report.FileReport;

/**
 * An inspection as recorded, with the decisions made on it so far. In JSON the report's own fields
 * (file, format, bytes, verdict, findings, columns, distinctValues, people) sit at the top level
 * beside these, so a client of the bare report reads this unchanged.
 *
 * @param sha256 of the uploaded bytes: the file that leaves must be this one
 * @param approvalsNeeded how many more different people must approve before it is releasable
 */
public record RecordedInspection(
    long id,
    String sha256,
    Expectation expectation,
    ReleaseStatus status,
    int approvalsNeeded,
    String inspectedBy,
    Instant inspectedAt,
    List<ReleaseDecision> decisions,
    @JsonUnwrapped FileReport report) {

  public RecordedInspection {
    decisions = List.copyOf(decisions);
  }
}
