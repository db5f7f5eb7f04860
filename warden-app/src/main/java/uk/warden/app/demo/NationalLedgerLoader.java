package uk.warden.app.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import uk.warden.app.custody.CustodyService;
import uk.warden.app.platform.ForceSettings;
import uk.warden.app.register.PeopleWriter;
import uk.warden.app.register.importing.RegisterApplier;
import uk.warden.core.custody.Transfer;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;
import uk.warden.core.register.ascode.RegisterSpec;
import uk.warden.synth.SyntheticLedger;

/**
 * Loads the benchmarks' national ledger ({@link SyntheticLedger}: a million people, 50,000
 * transfers and 20,000,000 memberships by default) into an empty store, so the running server and
 * the cold CLI can be measured on exactly what the in-memory engine is measured on. The register
 * goes in through the register-as-code path, the people through the bulk writer keeping the
 * ledger's person indexes as their ids, and the custody events through the custody service with
 * their own ids, all in committed chunks. An interrupted load is fixed by starting again in a new
 * folder, as for {@link DemoService}.
 */
@Service
public class NationalLedgerLoader {

  /** What was loaded. */
  public record Loaded(
      int people,
      int units,
      int parties,
      int systems,
      int agreements,
      int transfers,
      int deletions,
      long memberships) {
    public String describe() {
      return String.format(
          "the national ledger: %,d people in %,d units, %,d parties, %d systems, %d agreements,"
              + " %,d transfers holding %,d memberships and %,d deletions",
          people, units, parties, systems, agreements, transfers, memberships, deletions);
    }
  }

  static final String RECORDED_BY = "national-ledger";

  /**
   * Transfers committed together. The full load's bitmap is the only large one (about 120 KB), so a
   * chunk is a few megabytes at most.
   */
  private static final int TRANSFER_CHUNK = 2_000;

  private final RegisterApplier applier;
  private final PeopleWriter writer;
  private final CustodyService custody;
  private final ForceSettings force;
  private final Clock clock;

  public NationalLedgerLoader(
      RegisterApplier applier,
      PeopleWriter writer,
      CustodyService custody,
      ForceSettings force,
      Clock clock) {
    this.applier = applier;
    this.writer = writer;
    this.custody = custody;
    this.force = force;
    this.clock = clock;
  }

  /**
   * Builds the ledger for {@code seed} at the given scale and loads it; {@code progress} hears each
   * phase as it ends, with its time. A scale that cannot make the ledger's shape is bad input,
   * found before anything is written.
   */
  public Loaded load(
      long seed, int people, int transfers, long memberships, Consumer<String> progress) {
    Phases phases = new Phases(progress);
    SyntheticLedger ledger;
    try {
      ledger = SyntheticLedger.build(seed, people, transfers, memberships);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(InputProblem.field("national ledger", "scale", e.getMessage()));
    }
    phases.done("built the ledger in memory");
    // Clearances are counted while valid on the day the index is built: made valid today.
    LocalDate today = LocalDate.now(clock.withZone(force.zone()));
    RegisterSpec register = ledger.register(today, force.zone());
    applier.apply(register);
    phases.done(
        String.format(
            "register: %,d units, %,d parties, %d systems, %d agreements",
            register.units().size(),
            register.parties().size(),
            register.systems().size(),
            register.agreements().size()));
    int loaded = writer.addNumbered(sink -> ledger.forEachPerson(today, sink));
    phases.done(String.format("%,d people", loaded));
    List<Transfer> all = ledger.transfers();
    // Each chunk is recorded whole and moves the id sequence past it; deletions come last, since
    // they refer to transfers.
    for (int from = 0; from < all.size(); from += TRANSFER_CHUNK) {
      custody.importHistory(
          all.subList(from, Math.min(all.size(), from + TRANSFER_CHUNK)), List.of(), RECORDED_BY);
    }
    custody.importHistory(List.of(), ledger.deletions(), RECORDED_BY);
    long held = ledger.ledger().membershipCount();
    phases.done(
        String.format(
            "%,d transfers (%,d memberships) and %,d deletions",
            all.size(), held, ledger.deletions().size()));
    return new Loaded(
        loaded,
        register.units().size(),
        register.parties().size(),
        register.systems().size(),
        register.agreements().size(),
        all.size(),
        ledger.deletions().size(),
        held);
  }

  /** Times each phase from the end of the last. */
  private static final class Phases {
    private final Consumer<String> progress;
    private long start = System.nanoTime();

    Phases(Consumer<String> progress) {
      this.progress = progress;
    }

    void done(String what) {
      long now = System.nanoTime();
      progress.accept(String.format("%s (%.1f s)", what, (now - start) / 1e9));
      start = now;
    }
  }
}
