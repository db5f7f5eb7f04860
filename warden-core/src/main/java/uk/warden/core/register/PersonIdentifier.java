package uk.warden.core.register;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An identifier issued to a person. Collar (shoulder) numbers are only unique within a unit code
 * ({@code 1234AB} at the Met), so the unit code is kept apart from the number. Public-facing
 * identifiers are worn or shown; a leak of them alone says less than a leak of internal ones.
 */
public record PersonIdentifier(
    IdentifierKind kind, String value, @Nullable String unitCode, boolean publicFacing) {

  public PersonIdentifier {
    Objects.requireNonNull(kind, "kind");
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("identifier value is empty");
    }
  }
}
