package uk.warden.inspect.report;

/** How much a finding matters on its own, before the policy turns it into a verdict. */
public enum Severity {
  INFO,
  LOW,
  MEDIUM,
  HIGH
}
