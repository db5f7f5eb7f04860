package uk.warden.app.crypto;

/**
 * Keys made at start and kept in memory only, for an in-memory store: its data dies with the
 * process, so a key that dies with it loses nothing. Never used for a store on disk.
 */
public final class ProcessKeys implements KeySource {

  private Keys keys = Keys.generate();
  private long stamp;

  @Override
  public synchronized Keys load() {
    return keys;
  }

  @Override
  public synchronized void save(Keys keys) {
    this.keys = keys;
    stamp++;
  }

  @Override
  public boolean writable() {
    return true;
  }

  @Override
  public synchronized long stamp() {
    return stamp;
  }

  @Override
  public String describe() {
    return "keys held in memory for an in-memory store";
  }
}
