package uk.warden.core.register;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A contract or data sharing agreement with a party: why it may have the data, under which law,
 * which categories, for how long, what happens at exit, and what each extract for it may hold
 * ({@code extracts}; null when the agreement states no rules, and then no extract may be made).
 */
public record Agreement(
    String code,
    String partyCode,
    String title,
    String purpose,
    String lawfulBasis,
    Regime regime,
    Set<String> permittedCategories,
    LocalDate start,
    @Nullable LocalDate end,
    @Nullable Integer retentionMonths,
    @Nullable String exitTerms,
    @Nullable ExtractRules extracts) {

  /** An agreement that states no extract rules. */
  public Agreement(
      String code,
      String partyCode,
      String title,
      String purpose,
      String lawfulBasis,
      Regime regime,
      Set<String> permittedCategories,
      LocalDate start,
      @Nullable LocalDate end,
      @Nullable Integer retentionMonths,
      @Nullable String exitTerms) {
    this(
        code,
        partyCode,
        title,
        purpose,
        lawfulBasis,
        regime,
        permittedCategories,
        start,
        end,
        retentionMonths,
        exitTerms,
        null);
  }

  public Agreement {
    RegisterCodes.requireValid(code, "agreement");
    Objects.requireNonNull(partyCode, "partyCode");
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("agreement " + code + " has no title");
    }
    purpose = purpose == null ? "" : purpose;
    lawfulBasis = lawfulBasis == null ? "" : lawfulBasis;
    Objects.requireNonNull(regime, "regime");
    permittedCategories = OrderedSets.sorted(permittedCategories);
    Objects.requireNonNull(start, "start");
    if (end != null && end.isBefore(start)) {
      throw new IllegalArgumentException("agreement " + code + " ends before it starts");
    }
    if (retentionMonths != null && retentionMonths < 0) {
      throw new IllegalArgumentException("agreement " + code + " has a negative retention");
    }
  }

  public Agreement withExtracts(@Nullable ExtractRules rules) {
    return new Agreement(
        code,
        partyCode,
        title,
        purpose,
        lawfulBasis,
        regime,
        permittedCategories,
        start,
        end,
        retentionMonths,
        exitTerms,
        rules);
  }

  public boolean activeOn(LocalDate day) {
    return !start.isAfter(day) && (end == null || !end.isBefore(day));
  }

  /** The last day the party may keep data under this agreement, if the agreement says. */
  public @Nullable LocalDate retainUntil() {
    if (end == null) {
      return null;
    }
    return retentionMonths == null ? end : end.plusMonths(retentionMonths);
  }
}
