package uk.warden.app.exports;

import java.util.List;
import java.util.Set;
import uk.warden.inspect.report.FileReport;
import uk.warden.inspect.report.Verdict;

/**
 * An extract made elsewhere, held against its agreement: each problem is a reason not to send it.
 *
 * @param problems what is outside the agreement or hidden in the file; none means it may go
 * @param inspection the disclosure guard's report on the same file
 * @param payNumbers the people the file names, for recording it as the transfer
 * @param categories what the file's columns disclose, as found: what the ledger records
 */
public record ExtractCheck(
    String agreement,
    String sha256,
    List<Problem> problems,
    FileReport inspection,
    List<String> payNumbers,
    Set<String> categories) {

  /** One reason to stop: a stable code for scripts and a sentence for people. */
  public record Problem(String code, String detail) {}

  public ExtractCheck {
    problems = List.copyOf(problems);
    payNumbers = List.copyOf(payNumbers);
    categories = Set.copyOf(categories);
  }

  public Verdict verdict() {
    return problems.isEmpty() ? Verdict.PASS : Verdict.BLOCK;
  }
}
