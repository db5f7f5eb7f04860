package uk.warden.inspect.format.pdf;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSObjectKey;

/** Object references as a PDF tool shows them ({@code 12 0 R}), so a finding can be looked up. */
final class ObjectIds {

  private ObjectIds() {}

  static String of(COSBase object) {
    COSObjectKey key = object.getKey();
    return key == null
        ? "a direct object"
        : "object " + key.getNumber() + " " + key.getGeneration() + " R";
  }
}
