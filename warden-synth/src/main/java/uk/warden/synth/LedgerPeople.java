package uk.warden.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import uk.warden.core.breach.PersonAttributes;
import uk.warden.core.register.Clearance;
import uk.warden.core.register.ClearanceLevel;
import uk.warden.core.register.ClearanceStatus;
import uk.warden.core.register.EmploymentStatus;
import uk.warden.core.register.IdentifierKind;
import uk.warden.core.register.Person;
import uk.warden.core.register.PersonIdentifier;
import uk.warden.core.register.PersonKind;

/**
 * The people of {@link SyntheticLedger} as register records, dressed around the ledger's attribute
 * columns so that a store loaded with them yields the same columns: the id is the ledger's person
 * index, and kind, status, rank or grade, unit, flags and clearances are the columns' own. Names,
 * pay numbers, warrant numbers and card serials come from the demo force's pools and permutations.
 *
 * <p>Every clearance the columns hold is active and current on {@code asOf}, leavers' included (the
 * columns count it, so the record must too); the record's dates are made up around that day.
 */
final class LedgerPeople {

  private static final int LEAVING_WINDOW_DAYS = 3 * 365;

  private final PersonAttributes attributes;
  private final long seed;

  LedgerPeople(PersonAttributes attributes, long seed) {
    this.attributes = attributes;
    this.seed = seed;
  }

  void forEach(LocalDate asOf, Consumer<Person> sink) {
    NamePools names = NamePools.build(seed);
    ServiceNumbers numbers = new ServiceNumbers(new ForceSpec(attributes.bound(), seed, asOf));
    SplittableRandom rng = new SplittableRandom(Seeds.derive(seed, "ledger-people"));
    for (int id = 0; id < attributes.bound(); id++) {
      PersonKind kind = attributes.kind(id);
      EmploymentStatus status = attributes.status(id);
      if (kind == null || status == null) {
        continue;
      }
      String forenames = names.forenames(rng.nextDouble() < PersonFactory.femaleShare(kind), rng);
      String surname = names.surname(rng);
      String payNumber = numbers.payNumber(id);
      String post = recorded(attributes.rankOrGrade(id));
      LocalDate leftOn =
          status == EmploymentStatus.LEFT
              ? asOf.minusDays(1 + rng.nextInt(LEAVING_WINDOW_DAYS))
              : null;
      List<Clearance> clearances = new ArrayList<>(1);
      for (ClearanceLevel level : attributes.clearances(id)) {
        int years = ClearancePlanner.validityYears(level);
        // Granted within its validity, so it expires on or after asOf.
        LocalDate granted = asOf.minusDays(rng.nextInt(years * 365));
        clearances.add(
            new Clearance(level, granted, granted.plusYears(years), ClearanceStatus.ACTIVE));
      }
      List<PersonIdentifier> identifiers = new ArrayList<>(2);
      if (kind.ranked()) {
        identifiers.add(
            new PersonIdentifier(
                IdentifierKind.WARRANT_NUMBER, numbers.warrantNumber(id), null, false));
      }
      identifiers.add(
          new PersonIdentifier(IdentifierKind.CARD_SERIAL, numbers.cardSerial(id), null, false));
      sink.accept(
          new Person(
              id,
              payNumber,
              surname,
              forenames,
              kind,
              kind.ranked() ? post : null,
              kind.ranked() ? null : post,
              recorded(attributes.unit(id)),
              attributes.flags(id),
              clearances,
              status,
              leftOn,
              identifiers,
              "photo/" + payNumber + ".jpg"));
    }
  }

  private static @Nullable String recorded(@Nullable String label) {
    return label == null || label.equals(PersonAttributes.UNRECORDED) ? null : label;
  }
}
