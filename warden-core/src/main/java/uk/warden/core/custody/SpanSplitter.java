package uk.warden.core.custody;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cuts a transfer's spans by one deletion. Each person's holding ends at the earliest deletion that
 * covers them, so the result does not depend on the order deletions arrive in; a tie at the same
 * instant goes to the lower deletion id, for the same reason. Spans ending alike are merged, so a
 * transfer has one span per distinct end whatever the history of cuts.
 */
final class SpanSplitter {

  private SpanSplitter() {}

  static List<HeldSpan> apply(List<HeldSpan> spans, Deletion deletion) {
    List<HeldSpan> result = new ArrayList<>(spans.size() + 1);
    for (HeldSpan span : spans) {
      if (endsFirst(span, deletion)) {
        result.add(span);
        continue;
      }
      PersonSet removed =
          deletion.scope() instanceof DeletionScope.People people
              ? span.people().and(people.people())
              : span.people();
      if (removed.isEmpty()) {
        result.add(span);
        continue;
      }
      result.add(
          new HeldSpan(span.transfer(), removed, deletion.at(), deletion.id(), span.lapsesAt()));
      if (removed.size() < span.people().size()) {
        result.add(
            new HeldSpan(
                span.transfer(),
                span.people().andNot(removed),
                span.until(),
                span.endedBy(),
                span.lapsesAt()));
      }
    }
    return merged(result);
  }

  private static List<HeldSpan> merged(List<HeldSpan> spans) {
    Map<List<Object>, List<HeldSpan>> byEnd = new LinkedHashMap<>();
    for (HeldSpan span : spans) {
      byEnd
          .computeIfAbsent(Arrays.asList(span.until(), span.endedBy()), k -> new ArrayList<>())
          .add(span);
    }
    if (byEnd.size() == spans.size()) {
      return spans;
    }
    List<HeldSpan> merged = new ArrayList<>(byEnd.size());
    for (List<HeldSpan> alike : byEnd.values()) {
      HeldSpan first = alike.get(0);
      PersonSet people =
          alike.size() == 1
              ? first.people()
              : PersonSet.union(alike.stream().map(HeldSpan::people).toList());
      merged.add(
          new HeldSpan(first.transfer(), people, first.until(), first.endedBy(), first.lapsesAt()));
    }
    return merged;
  }

  private static boolean endsFirst(HeldSpan span, Deletion deletion) {
    if (span.until() == null) {
      return false;
    }
    int order = span.until().compareTo(deletion.at());
    if (order != 0) {
      return order < 0;
    }
    Long endedBy = span.endedBy();
    return endedBy != null && endedBy <= deletion.id();
  }
}
