package uk.warden.core.findings;

/** How urgently a finding needs someone's attention, from least to most. */
public enum Severity {
  LOW,
  MEDIUM,
  HIGH,
  CRITICAL
}
