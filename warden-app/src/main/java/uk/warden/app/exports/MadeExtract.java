package uk.warden.app.exports;

import org.jspecify.annotations.Nullable;

/**
 * An extract made: what Warden recorded, and the file's bytes to hand over, or null while it is
 * held for approval.
 */
public record MadeExtract(RecordedExtract recorded, byte @Nullable [] file) {

  public MadeExtract {
    file = file == null ? null : file.clone();
  }

  @Override
  public byte @Nullable [] file() {
    return file == null ? null : file.clone();
  }
}
