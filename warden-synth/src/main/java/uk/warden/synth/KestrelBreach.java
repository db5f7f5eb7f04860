package uk.warden.synth;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import uk.warden.core.breach.ExposureWindow;
import uk.warden.core.breach.Incident;

/**
 * The demo's breach, after the 2023 Digital ID attack (DOMAIN.md §8.1): ransomware at Kestrel
 * Identity Cards, found by Kestrel early one morning and reported to the force hours later, with
 * nobody able to say when the attackers got in or whether they are out.
 */
final class KestrelBreach {

  static final String TITLE = "Kestrel Identity Cards: ransomware at the ID card and pass maker";

  /** Kestrel found the encrypted servers before dawn and told the force late in the morning. */
  static final Duration REPORTING_DELAY = Duration.ofHours(5).plusMinutes(25);

  private KestrelBreach() {}

  static Incident scenario(ForceSpec spec, Instant awareAt) {
    // Only Kestrel is named. Its print bureau, Ferrous, is a separate company on its own network
    // and nothing yet shows the attackers reached it; if Kestrel's investigation finds they did,
    // a follow-up report adds it (reports may come in phases, DOMAIN.md §1.1). It holds the same
    // people without their vetting levels, so adding it would change what was exposed, not who.
    return Incident.of(
        "INC-" + spec.asOf().getYear() + "-001",
        TITLE,
        Set.of(SupplierCatalogue.ID_CARD_MAKER),
        ExposureWindow.unknown(),
        awareAt.minus(REPORTING_DELAY),
        awareAt);
  }
}
