package uk.warden.core.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LeakTracerTests {

  private final TraceFixture force = new TraceFixture(2000, 2);
  private final ExtractMarker marker = new ExtractMarker(TraceFixture.KEY, CanaryCount.STANDARD);
  private final ExtractIndex index = new ExtractIndex();
  private final LeakTracer tracer = new LeakTracer(index, TraceFixture.KEY);

  private MarkedExtract record(String id, List<List<String>> rows) {
    MarkedExtract marked = marker.mark(id, TraceFixture.COLUMNS, rows, force.inUse());
    index.add(marked.fingerprint());
    return marked;
  }

  @Test
  void aCanaryNamesItsExtractAndIsReportedAsASighting() {
    record("e-1", force.slice(0, 500));
    MarkedExtract leaked = record("e-2", force.slice(0, 500));
    List<List<String>> file = new ArrayList<>();
    for (int c : leaked.canaryRows()) {
      file.add(leaked.rows().get(c));
    }

    Trace trace = tracer.trace(file);

    assertThat(trace.verdict()).isEqualTo(TraceVerdict.TRACED);
    assertThat(trace.matches().get(0).extractId()).isEqualTo("e-2");
    assertThat(trace.matches().get(0).evidence()).contains("3 of 3 canaries of extract e-2");
    assertThat(trace.canaries()).containsExactly(new CanarySighting("e-2", 3, 3));
  }

  @Test
  void rowOrderSeparatesMonthlyExtractsOfTheSamePeople() {
    record("jan", force.slice(0, 600));
    MarkedExtract feb = record("feb", force.slice(0, 600));
    record("mar", force.slice(0, 600));
    // A tenth of the rows, header and canaries gone, pay numbers dropped, names retyped.
    List<List<String>> rows = TraceFixture.withoutCanaries(feb).subList(1, 601);
    List<List<String>> file = new ArrayList<>();
    for (int r = 0; r < rows.size(); r += 10) {
      List<String> row = rows.get(r);
      file.add(List.of(row.get(2).toUpperCase(Locale.ROOT), "  " + row.get(1) + " ", row.get(3)));
    }

    Trace trace = tracer.trace(file);

    assertThat(trace.verdict()).as(trace.toString()).isEqualTo(TraceVerdict.TRACED);
    assertThat(trace.matches().get(0).extractId()).isEqualTo("feb");
    assertThat(trace.matches().get(0).evidence())
        .anySatisfy(line -> assertThat(line).startsWith("row order agrees with extract feb's"))
        .anySatisfy(line -> assertThat(line).contains("2 other extracts hold them all"));
  }

  @Test
  void shuffledLeakOfSamePeopleStaysAmbiguousAndSaysWhy() {
    record("jan", force.slice(0, 600));
    MarkedExtract feb = record("feb", force.slice(0, 600));
    List<List<String>> file = TraceFixture.withoutCanaries(feb).subList(1, 601);
    file = new ArrayList<>(file.subList(0, 100));
    Collections.shuffle(file, new Random(3));

    Trace trace = tracer.trace(file);

    assertThat(trace.verdict()).isEqualTo(TraceVerdict.AMBIGUOUS);
    assertThat(trace.matches())
        .extracting(TraceMatch::extractId)
        .containsExactlyInAnyOrder("jan", "feb");
    assertThat(trace.evidence())
        .anySatisfy(line -> assertThat(line).contains("re-sorted or shuffled"));
  }

  @Test
  void theSmallestExtractHoldingEveryoneWinsWhenOrderIsGone() {
    record("all", force.slice(0, 2000));
    MarkedExtract unit = record("unit", force.slice(100, 400));
    List<List<String>> file = TraceFixture.withoutCanaries(unit).subList(1, 301);
    file = new ArrayList<>(TraceFixture.columns(file, 4, 0));
    Collections.shuffle(file, new Random(4));

    Trace trace = tracer.trace(file.subList(0, 30));

    assertThat(trace.verdict()).isEqualTo(TraceVerdict.TRACED);
    assertThat(trace.matches().get(0).extractId()).isEqualTo("unit");
  }

  @Test
  void peopleNoExtractHeldTogetherAreUnknown() {
    record("a", force.slice(0, 500));
    record("b", force.slice(500, 1000));
    record("c", force.slice(1000, 1500));
    List<List<String>> file = new ArrayList<>();
    for (int i = 0; i < 1500; i += 100) {
      file.add(force.people.get(i));
    }
    for (int i = 1500; i < 2000; i += 10) {
      file.add(force.people.get(i));
    }

    Trace trace = tracer.trace(file);

    assertThat(trace.verdict()).isEqualTo(TraceVerdict.UNKNOWN);
    assertThat(trace.canaries()).isEmpty();
  }

  @Test
  void aFileOfStrangersIsUnknown() {
    record("a", force.slice(0, 500));

    Trace trace = tracer.trace(List.of(List.of("ZZ999999", "Nobody", "Known")));

    assertThat(trace.verdict()).isEqualTo(TraceVerdict.UNKNOWN);
    assertThat(trace.matches()).isEmpty();
  }

  @Test
  void aRealPersonWhoSharesACanarysNameIsNoSighting() {
    MarkedExtract marked = record("e-1", force.slice(0, 500));
    List<String> canary = marked.rows().get(marked.canaryRows()[0]);
    // Someone real, in a later extract, with the canary's very name.
    List<String> namesake =
        List.of("PN999999", canary.get(1), canary.get(2), "Constable", "Unit 1", "SC");
    List<List<String>> people = force.slice(500, 520);
    people.add(namesake);
    record("e-2", people);
    List<List<String>> file = new ArrayList<>();
    for (List<String> row : people) {
      file.add(List.of(row.get(1), row.get(2)));
    }

    Trace trace = tracer.trace(file);

    assertThat(trace.canaries()).isEmpty();
    assertThat(trace.matches().get(0).extractId()).isEqualTo("e-2");
  }
}
