package uk.warden.core.breach;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.warden.core.custody.HeldSpan;
import uk.warden.core.custody.PersonSet;
import uk.warden.core.custody.ScopedCustody;
import uk.warden.core.custody.Transfer;

/**
 * Explains an impact: which assumptions about the unknown ends of the window, which transfers and
 * which deletions make the worst case larger than the best, and which lapsed agreements turn people
 * from certain to possible. Each item carries its effect on the count so the DPO can see what the
 * numbers hang on.
 */
final class EvidenceFinder {

  /** Assumptions first, start before end; then the largest effects first. */
  private static final Comparator<Evidence> ORDER =
      Comparator.comparing(Evidence::kind)
          .thenComparing(
              (a, b) ->
                  a.kind() == EvidenceKind.ASSUMPTION ? 0 : Integer.compare(b.people(), a.people()))
          .thenComparing(
              (a, b) -> a.kind() == EvidenceKind.ASSUMPTION ? 0 : a.what().compareTo(b.what()));

  private final Incident incident;
  private final ScopedCustody custody;
  private final ScenarioWindows windows;

  private EvidenceFinder(Incident incident, ScopedCustody custody, ScenarioWindows windows) {
    this.incident = incident;
    this.custody = custody;
    this.windows = windows;
  }

  static List<Evidence> find(
      Incident incident,
      ScopedCustody custody,
      ScenarioWindows windows,
      Exposure worst,
      Exposure best) {
    EvidenceFinder finder = new EvidenceFinder(incident, custody, windows);
    List<Evidence> evidence = new ArrayList<>();
    if (!windows.known()) {
      Differences differences = finder.differences();
      evidence.addAll(finder.assumptions(differences, best));
      evidence.addAll(finder.lateTransfers(differences, best));
      evidence.addAll(finder.earlyDeletions(differences, best));
    }
    evidence.addAll(finder.retention(worst));
    evidence.sort(ORDER);
    return List.copyOf(evidence);
  }

  /** The spans only the worst case counts, by the transfer or deletion that explains them. */
  private record Differences(
      Map<Long, Transfer> transfers,
      Map<Long, List<PersonSet>> late,
      Map<Long, List<PersonSet>> deleted) {

    List<PersonSet> allLate() {
      return late.values().stream().flatMap(List::stream).toList();
    }

    List<PersonSet> allDeleted() {
      return deleted.values().stream().flatMap(List::stream).toList();
    }
  }

  /**
   * Spans the worst case counts and the best does not either arrived after the best case ends (the
   * unknown end, and their transfer, are the reason) or were deleted before it starts (the unknown
   * start, and their deletion, are). Only these spans are looked at: everything else is in both
   * cases alike.
   */
  private Differences differences() {
    Map<Long, Transfer> transfers = new LinkedHashMap<>();
    Map<Long, List<PersonSet>> late = new LinkedHashMap<>();
    Map<Long, List<PersonSet>> deleted = new TreeMap<>();
    for (HeldSpan span : custody.spans()) {
      if (!span.heldDuring(windows.worstFrom(), windows.worstTo())
          || span.heldDuring(windows.bestFrom(), windows.bestTo())) {
        continue;
      }
      if (span.from().isAfter(windows.bestTo())) {
        transfers.put(span.transfer().id(), span.transfer());
        late.computeIfAbsent(span.transfer().id(), k -> new ArrayList<>()).add(span.people());
      } else if (span.endedBy() != null) {
        deleted.computeIfAbsent(span.endedBy(), k -> new ArrayList<>()).add(span.people());
      }
    }
    return new Differences(transfers, late, deleted);
  }

  private List<Evidence> assumptions(Differences differences, Exposure best) {
    List<Evidence> found = new ArrayList<>();
    if (incident.window().from() == null) {
      found.add(
          Evidence.assumption(
              "Start unknown: the worst case starts at the first transfer in scope ("
                  + windows.worstFrom()
                  + "); the best case at the last transfer before "
                  + windows.bestTo()
                  + " ("
                  + windows.bestFrom()
                  + ").",
              beyond(differences.allDeleted(), best)));
    }
    if (incident.window().to() == null) {
      String bestEnd =
          incident.window().from() != null
              ? "the known start"
              : "the earlier of discovery and awareness";
      found.add(
          Evidence.assumption(
              "End unknown: the worst case runs up to the assessment ("
                  + windows.worstTo()
                  + "); the best case ends at "
                  + bestEnd
                  + " ("
                  + windows.bestTo()
                  + ").",
              beyond(differences.allLate(), best)));
    }
    return found;
  }

  private List<Evidence> lateTransfers(Differences differences, Exposure best) {
    List<Evidence> found = new ArrayList<>();
    differences
        .late()
        .forEach(
            (transferId, spans) -> {
              Transfer transfer = differences.transfers().get(transferId);
              int added = beyond(spans, best);
              if (added > 0) {
                found.add(
                    Evidence.transfer(
                        transferId,
                        "Transfer "
                            + transferId
                            + " to "
                            + transfer.toParty()
                            + " at "
                            + transfer.at()
                            + " came after the best case ends.",
                        added));
              }
            });
    return found;
  }

  private List<Evidence> earlyDeletions(Differences differences, Exposure best) {
    List<Evidence> found = new ArrayList<>();
    differences
        .deleted()
        .forEach(
            (deletionId, spans) -> {
              int added = beyond(spans, best);
              if (added > 0) {
                String when =
                    custody
                        .deletion(deletionId)
                        .map(d -> " by " + d.party() + " at " + d.at())
                        .orElse("");
                found.add(
                    Evidence.deletion(
                        deletionId,
                        "Deletion "
                            + deletionId
                            + when
                            + " ended these holdings before the best case starts.",
                        added));
              }
            });
    return found;
  }

  /** People in {@code spans} whom the best case does not count. */
  private static int beyond(List<PersonSet> spans, Exposure best) {
    return spans.isEmpty() ? 0 : PersonSet.union(spans).andNotCardinality(best.exposed());
  }

  private List<Evidence> retention(Exposure worst) {
    if (worst.overdue().isEmpty()) {
      return List.of();
    }
    Map<String, List<PersonSet>> byAgreement = new TreeMap<>();
    Map<String, Instant> lapses = new TreeMap<>();
    for (HeldSpan span : custody.spans()) {
      String agreement = span.transfer().agreement();
      if (agreement != null
          && span.lapsesAt() != null
          && span.overdueDuring(windows.worstFrom(), windows.worstTo())) {
        byAgreement.computeIfAbsent(agreement, k -> new ArrayList<>()).add(span.people());
        lapses.put(agreement, span.lapsesAt());
      }
    }
    List<Evidence> found = new ArrayList<>();
    byAgreement.forEach(
        (agreement, spans) -> {
          int possible = PersonSet.union(spans).andCardinality(worst.overdue());
          if (possible > 0) {
            found.add(
                Evidence.retention(
                    agreement,
                    "Agreement "
                        + agreement
                        + " allowed the data to be kept until "
                        + lapses.get(agreement)
                        + "; no deletion was attested, so it counts as possibly held.",
                    possible));
          }
        });
    return found;
  }
}
