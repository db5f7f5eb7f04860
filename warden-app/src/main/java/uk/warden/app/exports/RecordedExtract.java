package uk.warden.app.exports;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.warden.core.register.ExtractFormat;

/**
 * An extract as Warden knows it: who it is for, when it was made and by whom, under which
 * agreement, how many people, its file's SHA-256 and format, and where it stands. The canaries it
 * carries are not listed: a count is all anyone needs.
 *
 * @param transferId the custody ledger's transfer, once released
 * @param approvalReasons why a second person had to approve it; empty when none had to
 * @param decidedBy who approved or refused it, when it needed approval
 */
public record RecordedExtract(
    long id,
    @Nullable Long transferId,
    String agreement,
    String party,
    Instant madeAt,
    String madeBy,
    String sha256,
    int people,
    int canaries,
    List<String> columns,
    ExtractFormat format,
    ExtractStatus status,
    List<String> approvalReasons,
    @Nullable String decidedBy,
    @Nullable Instant decidedAt,
    @Nullable String decisionNote) {

  public RecordedExtract {
    columns = List.copyOf(columns);
    approvalReasons = List.copyOf(approvalReasons);
  }

  public boolean neededApproval() {
    return !approvalReasons.isEmpty();
  }

  RecordedExtract released(long transfer, @Nullable String approver, Instant at) {
    return new RecordedExtract(
        id,
        transfer,
        agreement,
        party,
        madeAt,
        madeBy,
        sha256,
        people,
        canaries,
        columns,
        format,
        ExtractStatus.RELEASED,
        approvalReasons,
        approver,
        approver == null ? null : at,
        null);
  }
}
