package uk.warden.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import uk.warden.core.register.Clearance;
import uk.warden.core.register.EmploymentStatus;
import uk.warden.core.register.IdentifierKind;
import uk.warden.core.register.Person;
import uk.warden.core.register.PersonIdentifier;
import uk.warden.core.register.PersonKind;

/**
 * Dresses a posting as a person: names, leaving date, clearances, identifiers and photo. One
 * factory serves one pass over the people, because collar numbers are handed out in order.
 */
final class PersonFactory {

  /** Days in the three years before the as-of date in which leavers left. */
  static final int LEAVING_WINDOW_DAYS = 3 * 365;

  private final ForceSpec spec;
  private final UnitCatalogue units;
  private final NamePools names;
  private final ServiceNumbers numbers;
  private final CollarNumbers.Issuer collars;
  private final ClearancePlanner clearances;

  PersonFactory(
      ForceSpec spec,
      UnitCatalogue units,
      NamePools names,
      ServiceNumbers numbers,
      CollarNumbers collars,
      ClearancePlanner clearances) {
    this.spec = spec;
    this.units = units;
    this.names = names;
    this.numbers = numbers;
    this.collars = collars.issuer();
    this.clearances = clearances;
  }

  Person build(int index, Posting posting, SplittableRandom rng) {
    PersonKind kind = posting.kind();
    String forenames = names.forenames(rng.nextDouble() < femaleShare(kind), rng);
    String surname = names.surname(rng);
    LocalDate leftOn =
        posting.status() == EmploymentStatus.LEFT
            ? spec.asOf().minusDays(1 + rng.nextInt(LEAVING_WINDOW_DAYS))
            : null;
    List<Clearance> vetting = clearances.plan(posting, leftOn, spec.asOf(), rng);
    String payNumber = numbers.payNumber(index);

    List<PersonIdentifier> identifiers = new ArrayList<>(3);
    PersonIdentifier collar = collars.issue(posting, units.collarIndex(posting.unitIndex()));
    if (collar != null) {
      identifiers.add(collar);
    }
    if (kind.ranked()) {
      // Specials are attested constables and carry warrant cards too.
      identifiers.add(
          new PersonIdentifier(
              IdentifierKind.WARRANT_NUMBER, numbers.warrantNumber(index), null, false));
    }
    identifiers.add(
        new PersonIdentifier(IdentifierKind.CARD_SERIAL, numbers.cardSerial(index), null, false));

    String photo = rng.nextDouble() < photoShare(kind) ? "photo/" + payNumber + ".jpg" : null;
    return new Person(
        null,
        payNumber,
        surname,
        forenames,
        kind,
        posting.rankCode(),
        posting.grade(),
        units.plan(posting.unitIndex()).code(),
        FlagMasks.set(posting.flagMask()),
        vetting,
        posting.status(),
        leftOn,
        identifiers,
        photo);
  }

  /** Roughly the Home Office workforce statistics: a third of officers are women, most staff. */
  static double femaleShare(PersonKind kind) {
    return switch (kind) {
      case OFFICER -> 0.35;
      case STAFF -> 0.62;
      case PCSO, VOLUNTEER -> 0.5;
      case SPECIAL -> 0.3;
      case CONTRACTOR -> 0.25;
    };
  }

  /** Most people have a pass photo; some contractors and volunteers never had one taken. */
  private static double photoShare(PersonKind kind) {
    return switch (kind) {
      case CONTRACTOR -> 0.85;
      case VOLUNTEER -> 0.9;
      default -> 0.97;
    };
  }
}
