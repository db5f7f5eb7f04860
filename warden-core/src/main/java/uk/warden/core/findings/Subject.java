package uk.warden.core.findings;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The thing a finding is about: a party, system or agreement by register code, a principal or grant
 * by id. {@code qualifier} separates findings of one rule about one subject, such as a principal's
 * bulk look-ups on two different systems (the system code).
 */
public record Subject(SubjectKind kind, String id, @Nullable String qualifier) {

  public Subject {
    Objects.requireNonNull(kind, "kind");
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("a finding's subject needs an id");
    }
  }

  public static Subject party(String code) {
    return new Subject(SubjectKind.PARTY, code, null);
  }

  public static Subject agreement(String code) {
    return new Subject(SubjectKind.AGREEMENT, code, null);
  }

  public static Subject principal(String id) {
    return new Subject(SubjectKind.PRINCIPAL, id, null);
  }

  public static Subject principalOn(String id, String systemCode) {
    return new Subject(SubjectKind.PRINCIPAL, id, systemCode);
  }

  public static Subject grant(String id) {
    return new Subject(SubjectKind.GRANT, id, null);
  }

  /** {@code principal/u123456/intelligence-system}. */
  String keyPart() {
    return kind.keyPart() + "/" + id + (qualifier == null ? "" : "/" + qualifier);
  }
}
