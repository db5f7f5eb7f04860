package uk.warden.core.breach;

import java.time.Instant;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import uk.warden.core.register.RegisterCodes;

/**
 * A personal data breach as the force knows it: which parties were compromised (and, if known,
 * which of their systems and which data categories), when, and the clock of DOMAIN.md §1.2. The
 * 72-hour clock runs from {@code awareAt}, which for a supplier's breach is when the supplier told
 * the force; it may therefore come before or after {@code discoveredAt}.
 */
public record Incident(
    String id,
    String title,
    BreachType type,
    Set<String> parties,
    Set<String> systems,
    Set<String> categories,
    ExposureWindow window,
    Instant discoveredAt,
    Instant awareAt,
    @Nullable Instant icoNotifiedAt,
    @Nullable String reasonForDelay,
    @Nullable NoNotificationDecision decisionNotToNotify) {

  public Incident {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("incident has no id");
    }
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("incident " + id + " has no title");
    }
    Objects.requireNonNull(type, "type");
    parties = sorted(parties);
    if (parties.isEmpty()) {
      throw new IllegalArgumentException("incident " + id + " names no compromised party");
    }
    parties.forEach(code -> RegisterCodes.requireValid(code, "party"));
    systems = sorted(systems);
    categories = sorted(categories);
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(discoveredAt, "discoveredAt");
    Objects.requireNonNull(awareAt, "awareAt");
    if (reasonForDelay != null && reasonForDelay.isBlank()) {
      reasonForDelay = null;
    }
  }

  /** A confidentiality breach with nothing but the parties and the clock known yet. */
  public static Incident of(
      String id,
      String title,
      Set<String> parties,
      ExposureWindow window,
      Instant discoveredAt,
      Instant awareAt) {
    return new Incident(
        id,
        title,
        BreachType.CONFIDENTIALITY,
        parties,
        Set.of(),
        Set.of(),
        window,
        discoveredAt,
        awareAt,
        null,
        null,
        null);
  }

  /** Free texts are left out: a delay reason may name the people involved. */
  @Override
  public String toString() {
    return "Incident[id=" + id + ", type=" + type + ", parties=" + parties + "]";
  }

  private static SortedSet<String> sorted(Set<String> values) {
    return Collections.unmodifiableSortedSet(new TreeSet<>(values));
  }
}
