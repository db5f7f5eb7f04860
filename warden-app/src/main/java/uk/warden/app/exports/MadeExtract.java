package uk.warden.app.exports;

/** An extract made: what the ledger recorded, and the file's bytes to hand over. */
public record MadeExtract(RecordedExtract recorded, byte[] file) {

  public MadeExtract {
    file = file.clone();
  }

  @Override
  public byte[] file() {
    return file.clone();
  }
}
