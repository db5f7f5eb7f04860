package uk.warden.core.trace;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What must be remembered of an extract's marks to trace it later: its id, the keys of its people
 * in the order they were sent, and the keys of its canaries. Keys are keyed hashes, so a stored
 * fingerprint holds no name or pay number. The row order itself can be recomputed from the key and
 * the id; the people are kept in it so that a stored fingerprint says what was sent.
 */
public final class ExtractFingerprint {

  private static final int FORMAT = 1;

  private final String extractId;
  private final KeyRows people;
  private final KeyRows canaries;

  public ExtractFingerprint(String extractId, KeyRows people, KeyRows canaries) {
    if (extractId.isBlank()) {
      throw new IllegalArgumentException("an extract fingerprint needs the extract's id");
    }
    this.extractId = extractId;
    this.people = Objects.requireNonNull(people, "people");
    this.canaries = Objects.requireNonNull(canaries, "canaries");
  }

  public String extractId() {
    return extractId;
  }

  public KeyRows people() {
    return people;
  }

  public KeyRows canaries() {
    return canaries;
  }

  /** About 10 bytes a key and 4 a row: what the ledger stores beside the extract's record. */
  public byte[] toBytes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(FORMAT);
      out.writeUTF(extractId);
      write(out, people);
      write(out, canaries);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  public static ExtractFingerprint fromBytes(byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      int format = in.readUnsignedByte();
      if (format != FORMAT) {
        throw new IllegalArgumentException("not an extract fingerprint: format " + format);
      }
      String id = in.readUTF();
      KeyRows people = read(in);
      KeyRows canaries = read(in);
      if (in.read() != -1) {
        throw new IllegalArgumentException("not an extract fingerprint: bytes after the end");
      }
      return new ExtractFingerprint(id, people, canaries);
    } catch (IOException e) {
      throw new IllegalArgumentException("not an extract fingerprint: " + e.getMessage(), e);
    }
  }

  private static void write(DataOutputStream out, KeyRows rows) throws IOException {
    int[] ends = rows.rowEnds();
    out.writeInt(ends.length);
    int previous = 0;
    for (int end : ends) {
      // A row has a key per identifying column and one for its name: never near 255.
      if (end - previous > 255) {
        throw new IllegalArgumentException("a row with more than 255 keys");
      }
      out.writeByte(end - previous);
      previous = end;
    }
    for (long key : rows.flatKeys()) {
      out.writeLong(key);
    }
  }

  private static KeyRows read(DataInputStream in) throws IOException {
    int rows = in.readInt();
    if (rows < 0 || rows > in.available()) {
      throw new IOException("a row count of " + rows + " does not fit the bytes");
    }
    int[] ends = new int[rows];
    int end = 0;
    for (int i = 0; i < rows; i++) {
      end += in.readUnsignedByte();
      ends[i] = end;
    }
    if ((long) end * Long.BYTES > in.available()) {
      throw new IOException("fewer keys than the rows need");
    }
    long[] keys = new long[end];
    for (int i = 0; i < end; i++) {
      keys[i] = in.readLong();
    }
    return KeyRows.of(keys, ends);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ExtractFingerprint f
        && extractId.equals(f.extractId)
        && people.equals(f.people)
        && canaries.equals(f.canaries);
  }

  @Override
  public int hashCode() {
    return Objects.hash(extractId, people, canaries);
  }

  @Override
  public String toString() {
    return "ExtractFingerprint[" + extractId + ", " + people.size() + " people]";
  }
}
