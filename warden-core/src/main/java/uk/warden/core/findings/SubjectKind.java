package uk.warden.core.findings;

import java.util.Locale;

/** What a finding is about. */
public enum SubjectKind {
  PARTY,
  SYSTEM,
  AGREEMENT,
  PRINCIPAL,
  GRANT;

  /** As it appears in finding keys: {@code party}, {@code principal}... */
  public String keyPart() {
    return name().toLowerCase(Locale.ROOT);
  }
}
