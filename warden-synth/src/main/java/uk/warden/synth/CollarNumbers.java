package uk.warden.synth;

import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.warden.core.register.IdentifierKind;
import uk.warden.core.register.PersonIdentifier;

/**
 * Collar (shoulder) numbers, unique within each two-letter unit code, in the Met's pattern
 * (DOMAIN.md §5.3): sergeants take the lowest numbers, constables follow, specials have numbers
 * starting with 5 and PCSOs numbers starting with 7. The widths follow from the census: a code with
 * fewer than 5,000 constables and 2,000 specials gets the familiar four-digit specials ({@code
 * 5xxx}) and PCSOs ({@code 7xxx}/{@code 8xxx}); a bigger one gets longer numbers rather than
 * clashes.
 */
final class CollarNumbers {

  /** Numeric ranges for one code: [1, pcStart) sergeants, then constables, specials, PCSOs. */
  private record Ranges(long constablesFrom, long specialsFrom, long pcsosFrom) {}

  private final List<String> codes;
  private final Ranges[] ranges;

  CollarNumbers(UnitCatalogue units, Census census) {
    this.codes = units.collarCodes();
    this.ranges = new Ranges[codes.size()];
    for (int code = 0; code < codes.size(); code++) {
      ranges[code] = ranges(census, code);
    }
  }

  private static Ranges ranges(Census census, int code) {
    long sergeants = census.collarHolders(code, Census.SERGEANTS);
    long constables = census.collarHolders(code, Census.CONSTABLES);
    long specials = census.collarHolders(code, Census.SPECIALS);
    long pcsos = census.collarHolders(code, Census.PCSOS);
    // Constables start at the first power of ten above the sergeants (100 for up to 99).
    long constablesFrom = 100;
    while (constablesFrom <= sergeants) {
      constablesFrom *= 10;
    }
    long unit = 1_000;
    while (constablesFrom + constables > 5 * unit || specials >= 2 * unit || pcsos >= 2 * unit) {
      unit *= 10;
    }
    return new Ranges(constablesFrom, 5 * unit, 7 * unit);
  }

  /** Hands out numbers in order; one per pass over the people, so every pass gives the same. */
  final class Issuer {

    private final long[][] issued = new long[codes.size()][Census.GROUPS];

    @Nullable PersonIdentifier issue(Posting posting, int collarIndex) {
      int group = Census.collarGroup(posting);
      if (group < 0) {
        return null;
      }
      long next = ++issued[collarIndex][group];
      Ranges range = ranges[collarIndex];
      long number =
          switch (group) {
            case Census.SERGEANTS -> next;
            case Census.CONSTABLES -> range.constablesFrom() + next - 1;
            case Census.SPECIALS -> range.specialsFrom() + next;
            default -> range.pcsosFrom() + next;
          };
      return new PersonIdentifier(
          IdentifierKind.COLLAR_NUMBER, Long.toString(number), codes.get(collarIndex), true);
    }
  }

  Issuer issuer() {
    return new Issuer();
  }
}
