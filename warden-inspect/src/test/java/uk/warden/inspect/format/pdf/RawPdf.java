package uk.warden.inspect.format.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Assembles a PDF by hand, object by object, with a correct cross-reference table: for files PDFBox
 * refuses to write (cycles, lies, bombs).
 */
final class RawPdf {

  private final List<byte[]> objects = new ArrayList<>();

  /** Adds an object (its body between "n 0 obj" and "endobj") and returns its number. */
  int add(String body) {
    return add(body.getBytes(StandardCharsets.ISO_8859_1));
  }

  int add(byte[] body) {
    objects.add(body);
    return objects.size();
  }

  /** A stream object with the given dictionary entries (Length is added). */
  int stream(String entries, byte[] data) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(
        ("<< " + entries + " /Length " + data.length + " >>\nstream\n")
            .getBytes(StandardCharsets.ISO_8859_1));
    body.writeBytes(data);
    body.writeBytes("\nendstream".getBytes(StandardCharsets.ISO_8859_1));
    return add(body.toByteArray());
  }

  int stream(String entries, String data) {
    return stream(entries, data.getBytes(StandardCharsets.ISO_8859_1));
  }

  /** Replaces an object added earlier (for references to objects added later). */
  void set(int number, String body) {
    objects.set(number - 1, body.getBytes(StandardCharsets.ISO_8859_1));
  }

  byte[] build(int root) {
    return build(root, "");
  }

  /** With extra trailer entries, e.g. an encryption dictionary. */
  byte[] build(int root, String trailerEntries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(out, "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
    long[] offsets = new long[objects.size() + 1];
    for (int i = 0; i < objects.size(); i++) {
      offsets[i + 1] = out.size();
      write(out, (i + 1) + " 0 obj\n");
      out.writeBytes(objects.get(i));
      write(out, "\nendobj\n");
    }
    long xref = out.size();
    write(out, "xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
    for (int i = 1; i <= objects.size(); i++) {
      write(out, String.format("%010d 00000 n \n", offsets[i]));
    }
    write(
        out,
        "trailer\n<< /Size "
            + (objects.size() + 1)
            + " /Root "
            + root
            + " 0 R "
            + trailerEntries
            + " >>\nstartxref\n"
            + xref
            + "\n%%EOF\n");
    return out.toByteArray();
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
  }
}
