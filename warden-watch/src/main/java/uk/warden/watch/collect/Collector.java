package uk.warden.watch.collect;

/** Counts what one system holds now. */
public interface Collector {

  /** The register code of the system this collector counts. */
  String system();

  /**
   * Counts the system. A system that cannot be reached or counted is a {@link CollectionException}
   * naming the system and the reason, never a partial count.
   */
  SystemVolume collect() throws CollectionException;
}
