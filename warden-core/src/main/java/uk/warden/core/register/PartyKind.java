package uk.warden.core.register;

/** Who a party is to the force. */
public enum PartyKind {
  INTERNAL("Internal department"),
  SUPPLIER("Supplier"),
  SUB_PROCESSOR("Sub-processor");

  private final String label;

  PartyKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
