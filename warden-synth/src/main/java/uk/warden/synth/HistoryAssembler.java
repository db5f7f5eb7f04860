package uk.warden.synth;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import uk.warden.core.custody.Deletion;
import uk.warden.core.custody.DeletionScope;
import uk.warden.core.custody.Transfer;
import uk.warden.synth.Attestations.Draft;
import uk.warden.synth.FeedRunner.Delivery;

/**
 * Puts the feeds' files and the parties' attestations in time order and numbers them from 1, as a
 * store would have: ties are broken by party and feed so the numbering never depends on the order
 * the feeds ran in. Only then can a deletion name the transfer it destroys.
 */
final class HistoryAssembler {

  private static final Comparator<Delivery> FILES =
      Comparator.comparing(Delivery::at)
          .thenComparing(file -> file.feed().party())
          .thenComparing(file -> file.feed().key())
          .thenComparingInt(Delivery::run);

  private static final Comparator<Draft> DELETIONS =
      Comparator.comparing(Draft::at).thenComparing(Draft::party).thenComparing(Draft::evidence);

  private HistoryAssembler() {}

  static CustodyHistory assemble(List<Delivery> files, List<Draft> drafts, long seed) {
    List<Delivery> sortedFiles = new ArrayList<>(files);
    sortedFiles.sort(FILES);
    Map<Delivery, Long> ids = new IdentityHashMap<>();
    List<Transfer> transfers = new ArrayList<>(sortedFiles.size());
    for (Delivery file : sortedFiles) {
      long id = transfers.size() + 1L;
      ids.put(file, id);
      transfers.add(transfer(id, file, seed));
    }
    List<Draft> sortedDrafts = new ArrayList<>(drafts);
    sortedDrafts.sort(DELETIONS);
    List<Deletion> deletions = new ArrayList<>(sortedDrafts.size());
    for (Draft draft : sortedDrafts) {
      DeletionScope scope = draft.scope();
      if (scope == null) {
        Long destroyed = ids.get(draft.file());
        if (destroyed == null) {
          throw new IllegalStateException("a deletion names a file that was never sent");
        }
        scope = new DeletionScope.OneTransfer(destroyed);
      }
      deletions.add(
          new Deletion(deletions.size() + 1L, draft.party(), draft.at(), scope, draft.evidence()));
    }
    return new CustodyHistory(transfers, deletions);
  }

  private static Transfer transfer(long id, Delivery file, long seed) {
    Feed feed = file.feed();
    String fingerprint =
        Fingerprints.sha256(
            String.join(
                "|",
                SyntheticForce.FORCE_NAME,
                Long.toString(seed),
                Long.toString(id),
                feed.key(),
                file.at().toString(),
                Integer.toString(file.people().size())));
    return new Transfer(
        id,
        file.at(),
        feed.fromSystem(),
        feed.party(),
        feed.system().code(),
        feed.agreement() == null ? null : feed.agreement().code(),
        feed.categories(),
        file.people(),
        feed.method(),
        fingerprint,
        feed.approvedBy());
  }
}
