package uk.warden.app.register;

import java.util.List;
import java.util.Map;

/** The register at a glance: totals and the parties that hold data on the most people. */
public record Dashboard(
    long people,
    long serving,
    long parties,
    long systems,
    long agreements,
    Map<String, Long> peopleByKind,
    List<PartyExposure> topParties) {

  public Dashboard {
    peopleByKind = Map.copyOf(peopleByKind);
    topParties = List.copyOf(topParties);
  }
}
