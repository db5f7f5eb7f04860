package uk.warden.core.breach;

/** How harmful a person's exposure is; declared from worst to mildest. */
public enum RiskTier {
  HIGH,
  MEDIUM,
  LOW
}
