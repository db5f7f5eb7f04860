package uk.warden.app.exports;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.warden.inspect.report.Verdict;

/**
 * A check of an extract made elsewhere, as kept on the agreement's record: when, by whom, the
 * file's name and SHA-256, the verdict and its problems, and the transfer if it was recorded.
 */
public record CheckedFile(
    long id,
    String agreement,
    Instant checkedAt,
    String checkedBy,
    String fileName,
    String sha256,
    Verdict verdict,
    int people,
    List<ExtractCheck.Problem> problems,
    @Nullable Long transferId) {

  public CheckedFile {
    problems = List.copyOf(problems);
  }
}
