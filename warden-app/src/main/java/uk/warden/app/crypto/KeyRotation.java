package uk.warden.app.crypto;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rotates the sealing key without taking the store down: a new primary key joins the keyset (the
 * old ones still open what they sealed), every sealed value is re-sealed under it a batch per
 * transaction, and the old keys are destroyed only once a full pass finds nothing left under them.
 *
 * <p>A server running beside the rotation reads the key file again within a second of it changing
 * (see {@link Keyring}), so it opens re-sealed values and seals its own writes under the new key;
 * the rotation waits that long before its first pass, and a value a server sealed under the old key
 * meanwhile is caught by the next pass. The HMAC key of the keyed hashes is not rotated: every hash
 * would have to be recomputed from the sealed values, and the search index would be wrong until
 * then.
 */
@Service
public class KeyRotation {

  /** What a rotation did; key ids only, never key material. */
  public record Report(
      int newKeyId, List<Integer> retiredKeyIds, Map<String, Integer> resealed, int passes) {}

  private static final int BATCH = 1_000;
  private static final int MAX_PASSES = 4;

  private final Keyring keys;
  private final List<SealedRecords> tables;
  private final TransactionTemplate transactions;
  private final Duration settle;

  @Autowired
  public KeyRotation(Keyring keys, List<SealedRecords> tables, TransactionTemplate transactions) {
    this(keys, tables, transactions, Duration.ofSeconds(2));
  }

  /** {@code settle}: how long other processes are given to read the new keys. */
  public KeyRotation(
      Keyring keys, List<SealedRecords> tables, TransactionTemplate transactions, Duration settle) {
    this.keys = keys;
    this.tables = List.copyOf(tables);
    this.transactions = transactions;
    this.settle = settle;
  }

  public Report rotate() {
    if (!keys.source().writable()) {
      throw new KeysUnusableException(
          "cannot rotate the keys in the "
              + keys.source().describe()
              + ": rotate a key file (WARDEN_KEY_FILE) against this store, then give its new"
              + " content to "
              + KeysetVariable.NAME);
    }
    Keys rotated = keys.keys().withNewPrimary();
    keys.replace(rotated);
    pause();
    Map<String, Integer> resealed = new LinkedHashMap<>();
    int passes = 0;
    int resealedThisPass;
    do {
      resealedThisPass = 0;
      for (SealedRecords table : tables) {
        int count = pass(table);
        resealed.merge(table.what(), count, Integer::sum);
        resealedThisPass += count;
      }
      passes++;
    } while (resealedThisPass > 0 && passes < MAX_PASSES);
    if (resealedThisPass > 0) {
      throw new KeysUnusableException(
          "values are still being sealed under the old key after "
              + passes
              + " passes; the new key "
              + Integer.toUnsignedString(rotated.primaryId())
              + " is in use and the old keys are kept: run keys rotate again when writes are quiet");
    }
    List<Integer> retired =
        rotated.sealingIds().stream().filter(id -> id != rotated.primaryId()).toList();
    keys.replace(rotated.withOnlyPrimary());
    return new Report(rotated.primaryId(), retired, resealed, passes);
  }

  /** One walk over a table, a batch per transaction so the store stays usable throughout. */
  private int pass(SealedRecords table) {
    long after = -1;
    int resealed = 0;
    while (true) {
      long from = after;
      SealedRecords.Batch batch = transactions.execute(status -> table.resealAfter(from, BATCH));
      resealed += batch.resealed();
      if (batch.looked() < BATCH) {
        return resealed;
      }
      after = batch.last();
    }
  }

  private void pause() {
    try {
      Thread.sleep(settle.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while other processes read the new key", e);
    }
  }
}
