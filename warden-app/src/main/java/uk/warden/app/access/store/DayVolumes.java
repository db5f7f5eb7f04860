package uk.warden.app.access.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * One system's day of volumes as kept: records read and events per principal, packed into one value
 * (a count, then per principal its id in modified UTF-8, records as a long, events as an int, in
 * principal order). A row per principal, system and day was what made an ingest slow: a quarter's
 * log of 20,000 people is 285,000 of them, and the findings read them all anyway.
 */
final class DayVolumes {

  private final TreeMap<String, long[]> byPrincipal = new TreeMap<>();

  void add(String principal, long recordsRead, long events) {
    long[] cell = byPrincipal.computeIfAbsent(principal, k -> new long[2]);
    cell[0] += recordsRead;
    cell[1] += events;
  }

  int principals() {
    return byPrincipal.size();
  }

  Map<String, long[]> cells() {
    return byPrincipal;
  }

  byte[] pack() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 + byPrincipal.size() * 24);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(byPrincipal.size());
      for (Map.Entry<String, long[]> cell : byPrincipal.entrySet()) {
        out.writeUTF(cell.getKey());
        out.writeLong(cell.getValue()[0]);
        out.writeInt(Math.toIntExact(cell.getValue()[1]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static DayVolumes unpack(byte[] packed) {
    DayVolumes day = new DayVolumes();
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(packed))) {
      int count = in.readInt();
      for (int i = 0; i < count; i++) {
        day.add(in.readUTF(), in.readLong(), in.readInt());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("a day's volumes are damaged", e);
    }
    return day;
  }
}
