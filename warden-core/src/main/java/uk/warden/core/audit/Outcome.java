package uk.warden.core.audit;

/** How the audited request ended: a refusal is evidence too (a probe, a lapsed role). */
public enum Outcome {
  DONE,
  REFUSED,
  FAILED
}
