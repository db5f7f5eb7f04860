package uk.warden.watch.manifest;

import java.util.Comparator;
import java.util.List;

/** Every object a system held when it was counted, in path order. */
public record Manifest(List<ManifestEntry> entries) {

  /** Path order: the paths' natural {@link String} order, as collectors and manifest files use. */
  public static final Comparator<ManifestEntry> PATH_ORDER =
      Comparator.comparing(ManifestEntry::path);

  public Manifest {
    entries = List.copyOf(entries);
  }

  public int size() {
    return entries.size();
  }

  /** Whether the entries are in {@link #PATH_ORDER} with no path twice. */
  public boolean inPathOrder() {
    for (int i = 1; i < entries.size(); i++) {
      if (entries.get(i - 1).path().compareTo(entries.get(i).path()) >= 0) {
        return false;
      }
    }
    return true;
  }
}
