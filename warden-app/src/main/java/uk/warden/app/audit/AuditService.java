package uk.warden.app.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.warden.app.audit.store.AuditStore;
import uk.warden.app.platform.Page;
import uk.warden.app.platform.PageRequest;
import uk.warden.core.audit.AuditChain;
import uk.warden.core.audit.AuditEntry;
import uk.warden.core.audit.AuditEvent;
import uk.warden.core.audit.ChainBreak;
import uk.warden.core.audit.ChainHead;
import uk.warden.core.audit.ChainReport;
import uk.warden.core.audit.ChainVerifier;

/** Appends to the audit chain, verifies it, exports it and searches it. */
@Service
public class AuditService {

  private final AuditStore store;

  public AuditService(AuditStore store) {
    this.store = store;
  }

  /**
   * Appends an event. In a transaction of its own, so that a read that fails after it (or a change
   * that rolls back) is still on record, and the head's lock is held only for the append.
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public AuditEntry append(AuditEvent event) {
    AuditEntry entry = AuditChain.append(store.lockHead(), event);
    store.append(entry);
    return entry;
  }

  /**
   * Checks the whole chain against itself, against the head kept apart from it, and against any
   * heads recorded elsewhere (a SIEM's last line).
   */
  @Transactional(readOnly = true)
  public ChainReport verify(List<ChainHead> recordedElsewhere) {
    List<ChainHead> anchors = new ArrayList<>(recordedElsewhere);
    anchors.add(store.head());
    ChainVerifier verifier = new ChainVerifier(store::hashStored, anchors);
    ChainBreak[] found = {null};
    store.forEachWhile(
        0,
        entry -> {
          found[0] = verifier.next(entry);
          return found[0] == null;
        });
    return verifier.report(found[0] != null ? found[0] : verifier.finish());
  }

  /** Where an export sends each entry: a file, a response, a syslog receiver. */
  @FunctionalInterface
  public interface EntrySink {
    void accept(AuditEntry entry) throws IOException;
  }

  /** What an export sent: how many entries, and the last one's head, to anchor the next. */
  public record Exported(long count, @Nullable ChainHead last) {}

  /** Sends every entry after {@code afterSeq}, in order; a failure to send stops it. */
  @Transactional(readOnly = true)
  public Exported export(long afterSeq, EntrySink sink) {
    long[] count = {0};
    ChainHead[] last = {null};
    store.forEachWhile(
        afterSeq,
        entry -> {
          try {
            sink.accept(entry);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          count[0]++;
          last[0] = entry.head();
          return true;
        });
    return new Exported(count[0], last[0]);
  }

  @Transactional(readOnly = true)
  public Page<AuditEntry> search(AuditFilter filter, PageRequest page) {
    return store.search(filter, page);
  }

  @Transactional(readOnly = true)
  public ChainHead head() {
    return store.head();
  }
}
