package uk.warden.app.exports;

/**
 * Where an extract is on its way out: held for a second person's approval, released (the file may
 * be handed over and the transfer is in the ledger), or refused (its file is gone).
 */
public enum ExtractStatus {
  HELD,
  RELEASED,
  REFUSED
}
