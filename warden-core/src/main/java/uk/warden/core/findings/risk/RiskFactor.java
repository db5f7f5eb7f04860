package uk.warden.core.findings.risk;

/** The kinds of thing that add to a supplier's risk score. */
public enum RiskFactor {
  /** How harmful the categories it holds are (their risk weights, special category data). */
  SENSITIVITY,
  /** Identity joined with photo, vetting, unit, location, address or role (DOMAIN.md §4.3). */
  COMBINATION,
  /** How many people it holds, against the serving workforce. */
  VOLUME,
  /** Certification and audit gaps. */
  ASSURANCE,
  /** Contract gaps: breach clause, audit right, exit, sub-processors, no agreement in force. */
  CONTRACT,
  /** Open findings about the party, its agreements or its staff, other than the gaps above. */
  FINDINGS
}
