package uk.warden.core.register.ascode;

import uk.warden.core.register.Agreement;
import uk.warden.core.register.DataSystem;
import uk.warden.core.register.Party;
import uk.warden.core.register.Unit;

/** The entity kinds a register file manages, with the model type each change carries. */
public enum EntityType {
  UNIT("unit", Unit.class),
  PARTY("party", Party.class),
  SYSTEM("system", DataSystem.class),
  AGREEMENT("agreement", Agreement.class);

  private final String label;
  private final Class<? extends Record> modelType;

  EntityType(String label, Class<? extends Record> modelType) {
    this.label = label;
    this.modelType = modelType;
  }

  /** The lower-case word used in plans: {@code party}, {@code system}. */
  public String label() {
    return label;
  }

  public Class<? extends Record> modelType() {
    return modelType;
  }
}
