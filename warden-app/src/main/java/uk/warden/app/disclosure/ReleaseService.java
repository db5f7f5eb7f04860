package uk.warden.app.disclosure;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import uk.warden.app.disclosure.store.InspectionStore;
import uk.warden.app.platform.NotFoundException;
import uk.warden.app.platform.Page;
import uk.warden.app.platform.PageRequest;
import uk.warden.app.platform.RefusedException;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;
import uk.warden.inspect.policy.Expectation;
import uk.warden.inspect.report.FileReport;
import uk.warden.inspect.report.Verdict;

/**
 * The recorded release decision. PSNI's hidden tab was looked at by six people and missed by all of
 * them, so a sign-off here is a recorded act, not an assumption: an inspected file is releasable
 * only once two different signed-in people have approved it, each decision with who, when and why.
 *
 * <ul>
 *   <li>A BLOCK verdict is BLOCKED from the start and can never be approved: the file must be
 *       sanitised and inspected again (a new inspection, with its own fingerprint).
 *   <li>PASS and REVIEW need two APPROVE decisions by two different people; the uploader may be
 *       one. Approving a REVIEW needs a reason of at least {@value #REVIEW_REASON_WORDS} words.
 *   <li>Any REJECT makes it REJECTED, whoever it comes from (an earlier approver may change their
 *       mind); a rejection needs a reason.
 *   <li>A decided inspection (releasable, rejected, blocked) takes no more decisions.
 * </ul>
 */
@Service
public class ReleaseService {

  /** Different people who must approve a file. */
  public static final int APPROVALS = 2;

  /** Words a reason for approving a REVIEW verdict needs: enough to say what was checked. */
  public static final int REVIEW_REASON_WORDS = 3;

  public static final int REASON_MAX_CHARS = 2000;

  private static final String SOURCE = "decision";

  private final InspectionService inspections;
  private final InspectionStore store;
  private final TransactionTemplate transactions;
  private final Clock clock;

  public ReleaseService(
      InspectionService inspections,
      InspectionStore store,
      TransactionTemplate transactions,
      Clock clock) {
    this.inspections = inspections;
    this.store = store;
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * Inspects an upload and records the inspection with the upload's SHA-256. The inspection runs
   * before any transaction opens: it may take seconds and needs nothing from the store but the
   * workforce index.
   */
  public RecordedInspection inspect(
      InputStream upload, @Nullable String name, Expectation expectation, String inspectedBy) {
    InspectionService.Fingerprinted inspected =
        inspections.inspectFingerprinted(upload, name, expectation);
    return record(inspected.report(), inspected.sha256(), expectation, inspectedBy);
  }

  /** Records a report made elsewhere; a BLOCK is BLOCKED at once. */
  public RecordedInspection record(
      FileReport report, String sha256, Expectation expectation, String inspectedBy) {
    Instant now = clock.instant();
    ReleaseStatus status =
        report.verdict() == Verdict.BLOCK ? ReleaseStatus.BLOCKED : ReleaseStatus.PENDING;
    long id =
        transactions.execute(
            tx -> {
              long next = store.nextId();
              store.insert(next, report, sha256, expectation, status, inspectedBy, now);
              return next;
            });
    return inspection(id);
  }

  public RecordedInspection inspection(long id) {
    InspectionStore.Stored stored = store.find(id).orElseThrow(() -> notFound(id));
    List<ReleaseDecision> decisions = store.decisions(id);
    InspectionEntry entry = stored.entry();
    return new RecordedInspection(
        id,
        stored.sha256(),
        entry.expectation(),
        entry.status(),
        entry.status() == ReleaseStatus.PENDING ? APPROVALS - approvers(decisions).size() : 0,
        entry.inspectedBy(),
        entry.inspectedAt(),
        decisions,
        stored.report());
  }

  public Page<InspectionEntry> inspections(@Nullable ReleaseStatus status, PageRequest page) {
    return store.page(status, page);
  }

  /**
   * Records one person's decision and moves the inspection on, all in one transaction with the
   * inspection locked, so two people deciding at the same moment are judged one after the other.
   *
   * @throws NotFoundException no such inspection
   * @throws RefusedException the inspection is blocked or decided, or this person already approved
   * @throws BadInputException no decision, or a reason the decision needs is missing or too long
   */
  public RecordedInspection decide(
      long id, @Nullable Decision decision, @Nullable String reason, String decidedBy) {
    Instant now = clock.instant();
    String why = reason == null ? "" : reason.strip();
    transactions.executeWithoutResult(
        tx -> {
          InspectionStore.Locked locked = store.lock(id).orElseThrow(() -> notFound(id));
          refuseIfDecided(locked.status());
          requireValid(locked.verdict(), decision, why);
          List<ReleaseDecision> decisions = new ArrayList<>(store.decisions(id));
          if (decision == Decision.APPROVE && approvers(decisions).contains(decidedBy)) {
            throw new RefusedException(
                "same-approver",
                "You have already approved this file. A second, different person must approve it"
                    + " before it can be released.");
          }
          ReleaseDecision made = new ReleaseDecision(decision, decidedBy, now, why);
          store.insertDecision(id, made);
          decisions.add(made);
          ReleaseStatus next = next(decisions);
          if (next != locked.status()) {
            store.setStatus(id, next);
          }
        });
    return inspection(id);
  }

  private static void refuseIfDecided(ReleaseStatus status) {
    switch (status) {
      case BLOCKED ->
          throw new RefusedException(
              "blocked",
              "The inspection blocked this file, so it can never be approved as it is. Sanitise it"
                  + " (remove what the findings list) and inspect the new file.");
      case RELEASABLE, REJECTED ->
          throw new RefusedException(
              "decided",
              "This file is already "
                  + status.name().toLowerCase(Locale.ROOT)
                  + " and takes no more decisions. A changed file is inspected afresh.");
      case PENDING -> {
        // Open for decisions.
      }
    }
  }

  private static void requireValid(Verdict verdict, @Nullable Decision decision, String reason) {
    List<InputProblem> problems = new ArrayList<>();
    if (decision == null) {
      problems.add(InputProblem.field(SOURCE, "decision", "must be APPROVE or REJECT"));
    } else if (decision == Decision.REJECT && reason.isEmpty()) {
      problems.add(InputProblem.field(SOURCE, "reason", "a rejection needs a reason"));
    } else if (decision == Decision.APPROVE
        && verdict == Verdict.REVIEW
        && words(reason) < REVIEW_REASON_WORDS) {
      problems.add(
          InputProblem.field(
              SOURCE,
              "reason",
              "approving a file the inspection marked for review needs a reason of at least "
                  + REVIEW_REASON_WORDS
                  + " words: what was checked and why it may leave"));
    }
    if (reason.length() > REASON_MAX_CHARS) {
      problems.add(
          InputProblem.field(
              SOURCE, "reason", "must be at most " + REASON_MAX_CHARS + " characters"));
    }
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }
  }

  private static ReleaseStatus next(List<ReleaseDecision> decisions) {
    if (decisions.stream().anyMatch(d -> d.decision() == Decision.REJECT)) {
      return ReleaseStatus.REJECTED;
    }
    return approvers(decisions).size() >= APPROVALS
        ? ReleaseStatus.RELEASABLE
        : ReleaseStatus.PENDING;
  }

  private static Set<String> approvers(List<ReleaseDecision> decisions) {
    Set<String> approvers = new LinkedHashSet<>();
    for (ReleaseDecision d : decisions) {
      if (d.decision() == Decision.APPROVE) {
        approvers.add(d.decidedBy());
      }
    }
    return approvers;
  }

  /** Words with a letter or digit in them: "ok ok ok" counts, "- - -" does not. */
  static int words(String text) {
    int words = 0;
    for (String token : text.split("\\s+")) {
      if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
        words++;
      }
    }
    return words;
  }

  private static NotFoundException notFound(long id) {
    return new NotFoundException("inspection", "no inspection " + id);
  }
}
