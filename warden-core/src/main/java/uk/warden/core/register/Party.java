package uk.warden.core.register;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Someone who can hold the force's data: an internal department, a supplier, or a supplier's own
 * supplier ({@code parentCode} names the supplier a sub-processor works for).
 */
public record Party(
    String code, String name, PartyKind kind, @Nullable String parentCode, Assurance assurance) {

  public Party {
    RegisterCodes.requireValid(code, "party");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("party " + code + " has no name");
    }
    Objects.requireNonNull(kind, "kind");
    assurance = assurance == null ? Assurance.NONE : assurance;
    if (kind == PartyKind.SUB_PROCESSOR && parentCode == null) {
      throw new IllegalArgumentException("sub-processor " + code + " must name its supplier");
    }
  }
}
