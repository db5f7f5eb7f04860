package uk.warden.app.register;

/** Why a party the custody ledger names stays in the register. */
public final class CustodyHistory {

  private CustodyHistory() {}

  public static String keeps(String party) {
    return "party "
        + party
        + " has custody history (transfers or deletions), which is evidence: it cannot be removed";
  }
}
