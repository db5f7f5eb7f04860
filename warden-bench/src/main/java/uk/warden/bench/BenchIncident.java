package uk.warden.bench;

import java.util.function.Function;
import uk.warden.core.breach.Incident;
import uk.warden.synth.SyntheticLedger;

/** The incidents benchmarked, both breaches at the party with the full load. */
public enum BenchIncident {
  UNKNOWN_WINDOW("unknown window, worst + best case", SyntheticLedger::unknownWindowIncident),
  KNOWN_WINDOW("known window", SyntheticLedger::knownWindowIncident);

  private final String label;
  private final Function<SyntheticLedger, Incident> incident;

  BenchIncident(String label, Function<SyntheticLedger, Incident> incident) {
    this.label = label;
    this.incident = incident;
  }

  public Incident of(SyntheticLedger ledger) {
    return incident.apply(ledger);
  }

  public String label() {
    return label;
  }
}
