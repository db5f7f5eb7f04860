package uk.warden.core.register.ascode;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Reads one entry of a section of the register file into a model record. */
interface EntityReader<T> {

  /** The field names an entry may have; anything else is reported as unknown. */
  List<String> fields();

  /** The entity, or null when the entry has problems (all of them reported). */
  @Nullable T read(Fields entry);
}
