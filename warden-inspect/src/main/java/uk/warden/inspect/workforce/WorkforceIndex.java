package uk.warden.inspect.workforce;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;

/**
 * Keyed hashes of the workforce's identifiers, each pointing at an opaque person token (not the
 * register's id), so distinct people can be counted. The first 8 bytes of each HMAC-SHA256 are
 * kept: at a workforce's size a false match is about one in 10^14 per lookup.
 *
 * <p>The file form has one line per hash, {@code KIND HEX TOKEN}; it reveals nothing without the
 * key, which is kept apart (a key file or an environment variable).
 */
public final class WorkforceIndex {

  /** A token for a value shared by several people (a common surname and initial). */
  public static final int SEVERAL = -2;

  /** No match. */
  public static final int NONE = -1;

  private static final String HEADER = "# warden workforce index v1: HMAC-SHA256/64";

  private final byte[] key;
  private final Map<IdentifierKind, Map<Long, Integer>> hashes;

  private WorkforceIndex(byte[] key, Map<IdentifierKind, Map<Long, Integer>> hashes) {
    this.key = key.clone();
    this.hashes = hashes;
  }

  public static Builder builder(byte[] key) {
    return new Builder(key);
  }

  public int size() {
    return hashes.values().stream().mapToInt(Map::size).sum();
  }

  /**
   * The hashes this index keeps, for a store that keeps them instead of the values: the register
   * hashes its people once as they are written, and builds the index from the stored hashes with
   * {@link Builder#addHash} without reading a roster. One per thread, like {@link #matcher()}.
   */
  public static Hasher hasher(byte[] key) {
    return new Hasher(mac(key));
  }

  /** A matcher for one thread (a {@link Mac} is not thread-safe). */
  public Matcher matcher() {
    return new Matcher(mac(key));
  }

  public void write(Path file) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
      out.write(HEADER);
      out.newLine();
      HexFormat hex = HexFormat.of();
      for (Map.Entry<IdentifierKind, Map<Long, Integer>> kind : hashes.entrySet()) {
        for (Map.Entry<Long, Integer> entry : kind.getValue().entrySet()) {
          out.write(
              kind.getKey().name()
                  + ' '
                  + hex.toHexDigits(entry.getKey())
                  + ' '
                  + entry.getValue());
          out.newLine();
        }
      }
    }
  }

  public static WorkforceIndex read(Path file, byte[] key) {
    Map<IdentifierKind, Map<Long, Integer>> hashes = new EnumMap<>(IdentifierKind.class);
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
      String line = in.readLine();
      if (!HEADER.equals(line)) {
        throw new BadInputException(
            InputProblem.file(file.toString(), "is not a Warden workforce index"));
      }
      int row = 1;
      while ((line = in.readLine()) != null) {
        row++;
        String[] parts = line.split(" ");
        try {
          IdentifierKind kind = IdentifierKind.valueOf(parts[0]);
          long hash = HexFormat.fromHexDigitsToLong(parts[1]);
          int token = Integer.parseInt(parts[2]);
          hashes.computeIfAbsent(kind, k -> new HashMap<>()).put(hash, token);
        } catch (RuntimeException e) {
          throw new BadInputException(
              InputProblem.line(file.toString(), row, null, "expected KIND HEX TOKEN"));
        }
      }
    } catch (IOException e) {
      throw new BadInputException(InputProblem.file(file.toString(), "cannot be read"));
    }
    return new WorkforceIndex(key, hashes);
  }

  private static Mac mac(byte[] key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac;
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }

  private static long hash(Mac mac, IdentifierKind kind, String normalised) {
    mac.update((byte) kind.ordinal());
    byte[] digest = mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8));
    return ByteBuffer.wrap(digest, 0, Long.BYTES).getLong();
  }

  /** Hashes values as an index built with the same key does; one per thread. */
  public static final class Hasher {
    private final Mac mac;

    private Hasher(Mac mac) {
      this.mac = mac;
    }

    /** The value's hash, or empty when nothing is left of it once normalised. */
    public OptionalLong hash(IdentifierKind kind, CharSequence value) {
      String normalised = kind.normalise(value);
      return normalised.isEmpty()
          ? OptionalLong.empty()
          : OptionalLong.of(WorkforceIndex.hash(mac, kind, normalised));
    }
  }

  /** Looks values up; one per thread. */
  public final class Matcher {
    private final Mac mac;

    private Matcher(Mac mac) {
      this.mac = mac;
    }

    /** The person token a value matches, {@link #SEVERAL}, or {@link #NONE}. */
    public int match(IdentifierKind kind, CharSequence value) {
      Map<Long, Integer> byHash = hashes.get(kind);
      if (byHash == null) {
        return NONE;
      }
      String normalised = kind.normalise(value);
      if (normalised.isEmpty()) {
        return NONE;
      }
      return byHash.getOrDefault(hash(mac, kind, normalised), NONE);
    }
  }

  /** Collects the hashes of a register's people. */
  public static final class Builder {
    private final byte[] key;
    private final Mac mac;
    private final Map<IdentifierKind, Map<Long, Integer>> hashes =
        new EnumMap<>(IdentifierKind.class);

    private Builder(byte[] key) {
      if (key.length < 16) {
        throw new IllegalArgumentException("a workforce key has at least 16 bytes");
      }
      this.key = key.clone();
      this.mac = mac(key);
    }

    public Builder add(int token, IdentifierKind kind, CharSequence value) {
      String normalised = kind.normalise(value);
      if (!normalised.isEmpty()) {
        addHash(token, kind, hash(mac, kind, normalised));
      }
      return this;
    }

    /** A hash made by a {@link Hasher} with this builder's key. */
    public Builder addHash(int token, IdentifierKind kind, long hash) {
      hashes
          .computeIfAbsent(kind, k -> new HashMap<>())
          .merge(hash, token, (a, b) -> a.equals(b) ? a : SEVERAL);
      return this;
    }

    /** A person's names in both forms. */
    public Builder addNames(int token, String forenames, String surname) {
      add(token, IdentifierKind.FULL_NAME, forenames + " " + surname);
      return add(
          token, IdentifierKind.SURNAME_INITIAL, IdentifierKind.surnameInitial(forenames, surname));
    }

    public WorkforceIndex build() {
      return new WorkforceIndex(key, hashes);
    }
  }
}
