package uk.warden.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.warden.core.access.Channel;
import uk.warden.core.access.Operation;

class ChainVerifierTests {

  private static final Instant T0 = Instant.parse("2026-11-01T09:00:00Z");

  @Test
  void anUntouchedChainHolds() {
    List<AuditEntry> chain = chain(40);
    ChainReport report = verify(chain, List.of(new ChainHead(40, chain.get(39).hash())));
    assertThat(report.intact()).isTrue();
    assertThat(report.checked()).isEqualTo(40);
    assertThat(report.head()).isEqualTo(new ChainHead(40, chain.get(39).hash()));
  }

  @Test
  void anEmptyChainHolds() {
    assertThat(verify(List.of(), List.of()).head()).isEqualTo(ChainHead.EMPTY);
  }

  @Test
  void anEntryChangedInPlaceIsNamed() {
    List<AuditEntry> chain = chain(40);
    AuditEntry e = chain.get(16);
    chain.set(
        16, new AuditEntry(e.seq(), withActor(e.event(), "someone-else"), e.prevHash(), e.hash()));
    assertBreak(verify(chain, List.of()), 17, Tamper.ALTERED);
  }

  @Test
  void anEntryChangedAndRehashedIsNamed() {
    List<AuditEntry> chain = chain(40);
    AuditEntry e = chain.get(16);
    AuditEvent forged = withActor(e.event(), "someone-else");
    chain.set(
        16, new AuditEntry(17, forged, e.prevHash(), AuditChain.hash(17, forged, e.prevHash())));
    assertBreak(verify(chain, List.of()), 17, Tamper.ALTERED);
  }

  @Test
  void aRemovedEntryIsNamed() {
    List<AuditEntry> chain = chain(40);
    chain.remove(9);
    assertBreak(verify(chain, List.of()), 10, Tamper.REMOVED);
  }

  @Test
  void aRemovedEntryIsNamedWhenTheRestWereRenumbered() {
    List<AuditEntry> chain = chain(40);
    chain.remove(9);
    assertBreak(verify(renumbered(chain), List.of()), 10, Tamper.REMOVED);
  }

  @Test
  void anInsertedEntryIsNamedEvenWithAWellFormedHash() {
    List<AuditEntry> chain = chain(40);
    AuditEntry before = chain.get(11);
    AuditEntry forged = AuditChain.append(before.head(), event(999));
    chain.add(12, forged);
    ChainReport report = verify(renumbered(chain), List.of());
    assertBreak(report, 13, Tamper.INSERTED);
    assertThat(report.checked()).isEqualTo(13);
  }

  @Test
  void swappedNeighboursAreNamed() {
    List<AuditEntry> chain = chain(40);
    AuditEntry a = chain.get(20);
    chain.set(20, chain.get(21));
    chain.set(21, a);
    assertBreak(verify(renumbered(chain), List.of()), 21, Tamper.REORDERED);
  }

  @Test
  void anEntryMovedFarEarlierIsNamed() {
    List<AuditEntry> chain = chain(200);
    AuditEntry late = chain.remove(150);
    chain.add(30, late);
    assertBreak(verify(renumbered(chain), List.of()), 31, Tamper.REORDERED);
  }

  @Test
  void entriesCutFromTheEndAreFoundAgainstTheRecordedHead() {
    List<AuditEntry> chain = chain(40);
    ChainHead head = new ChainHead(40, chain.get(39).hash());
    List<AuditEntry> cut = new ArrayList<>(chain.subList(0, 35));
    assertThat(verify(cut, List.of()).intact()).isTrue();
    assertBreak(verify(cut, List.of(head)), 36, Tamper.REMOVED);
  }

  @Test
  void aChainRewrittenFromAnEntryOnIsFoundAgainstAnEarlierHead() {
    List<AuditEntry> chain = chain(40);
    ChainHead exported = new ChainHead(30, chain.get(29).hash());
    List<AuditEntry> rewritten = new ArrayList<>(chain.subList(0, 19));
    AuditEntry last = rewritten.get(18);
    for (int i = 19; i < 40; i++) {
      AuditEvent e = i == 19 ? withActor(chain.get(i).event(), "forger") : chain.get(i).event();
      last = AuditChain.append(last.head(), e);
      rewritten.add(last);
    }
    assertThat(verify(rewritten, List.of()).intact()).isTrue();
    assertBreak(verify(rewritten, List.of(exported)), 30, Tamper.ALTERED);
  }

  private static void assertBreak(ChainReport report, long seq, Tamper kind) {
    assertThat(report.firstBreak()).as("the chain should break").isNotNull();
    assertThat(report.firstBreak().kind()).as(report.firstBreak().detail()).isEqualTo(kind);
    assertThat(report.firstBreak().seq()).as(report.firstBreak().detail()).isEqualTo(seq);
  }

  private static ChainReport verify(List<AuditEntry> entries, List<ChainHead> anchors) {
    Set<String> hashes = entries.stream().map(AuditEntry::hash).collect(Collectors.toSet());
    return ChainVerifier.verify(entries, hashes::contains, anchors);
  }

  /** What a forger with write access to the table does to hide a gap: closes up the positions. */
  private static List<AuditEntry> renumbered(List<AuditEntry> entries) {
    List<AuditEntry> out = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      AuditEntry e = entries.get(i);
      out.add(new AuditEntry(i + 1, e.event(), e.prevHash(), e.hash()));
    }
    return out;
  }

  static List<AuditEntry> chain(int n) {
    List<AuditEntry> chain = new ArrayList<>();
    ChainHead head = ChainHead.EMPTY;
    for (int i = 0; i < n; i++) {
      AuditEntry next = AuditChain.append(head, event(i));
      chain.add(next);
      head = next.head();
    }
    return chain;
  }

  static AuditEvent event(int i) {
    return new AuditEvent(
        T0.plusSeconds(i * 60L),
        "analyst" + (i % 3),
        "ANALYST",
        Operation.CONSULT,
        "person.view",
        List.of("person:P" + (10000 + i)),
        1,
        List.of(),
        Channel.SCREEN,
        "10.0.0." + (i % 250),
        i % 2 == 0 ? "case 26/" + i : null,
        Outcome.DONE);
  }

  private static AuditEvent withActor(AuditEvent e, String actor) {
    return new AuditEvent(
        e.at(),
        actor,
        e.role(),
        e.operation(),
        e.action(),
        e.records(),
        e.recordCount(),
        e.recipients(),
        e.channel(),
        e.source(),
        e.reason(),
        e.outcome());
  }
}
