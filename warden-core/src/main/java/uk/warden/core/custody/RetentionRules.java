package uk.warden.core.custody;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.warden.core.register.Agreement;

/**
 * When data sent under each agreement stops being lawfully held: the instant after the agreement's
 * last retention day. Past it, data with no deletion attested still counts as held (nobody has
 * shown it is gone) but is flagged as overdue, and breach scoping treats it as possibly exposed.
 */
public final class RetentionRules {

  private static final RetentionRules NONE = new RetentionRules(Map.of());

  private final Map<String, Instant> lapseByAgreement;

  private RetentionRules(Map<String, Instant> lapseByAgreement) {
    this.lapseByAgreement = Map.copyOf(lapseByAgreement);
  }

  public static RetentionRules none() {
    return NONE;
  }

  /** Agreement code to the first instant at which keeping its data is overdue. */
  public static RetentionRules of(Map<String, Instant> lapseByAgreement) {
    return new RetentionRules(lapseByAgreement);
  }

  /**
   * From each agreement's {@link Agreement#retainUntil()}: the data may be kept through that whole
   * day in {@code zone}, so it lapses at the start of the next. Agreements with no end never lapse.
   */
  public static RetentionRules fromAgreements(Collection<Agreement> agreements, ZoneId zone) {
    Map<String, Instant> lapses = new HashMap<>();
    for (Agreement agreement : agreements) {
      LocalDate lastDay = agreement.retainUntil();
      if (lastDay != null) {
        lapses.put(agreement.code(), lastDay.plusDays(1).atStartOfDay(zone).toInstant());
      }
    }
    return new RetentionRules(lapses);
  }

  /** Null when the transfer had no agreement, or its agreement has no end. */
  public @Nullable Instant lapseOf(@Nullable String agreementCode) {
    return agreementCode == null ? null : lapseByAgreement.get(agreementCode);
  }
}
