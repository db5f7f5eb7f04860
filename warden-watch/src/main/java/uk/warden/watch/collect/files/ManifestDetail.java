package uk.warden.watch.collect.files;

/** How much a filesystem collection records about each file, beyond the counts. */
public enum ManifestDetail {
  /** Counts only: the fastest, and enough to notice a loss. */
  NONE,
  /** Every file's path and size: enough to say which files went. */
  SIZES,
  /** Paths, sizes and SHA-256: also says which files changed; reads every byte. */
  SHA256
}
