package uk.warden.core.findings;

import java.util.Objects;

/**
 * One piece of a finding's evidence: a stable {@code key} for machines ({@code leavingDate}), a
 * {@code label} for people ("Leaving date") and the value as text ("2025-03-31", "1,204", "Vetting
 * level, Photograph"). Never a name or other personal data beyond a principal id or a pay number.
 */
public record Fact(String key, String label, String value) {

  public Fact {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(value, "value");
  }
}
