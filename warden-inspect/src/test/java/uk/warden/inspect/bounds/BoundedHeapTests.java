package uk.warden.inspect.bounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bound, tested rather than assumed: large and hostile files are inspected in a JVM
 * with a 512 MB heap and end, in bounded time, in a verdict or a refusal — never an out-of-memory
 * error or a hang.
 */
class BoundedHeapTests {

  private static final String HEAP = "-Xmx512m";
  private static final long SECONDS = 240;

  @TempDir Path dir;

  private static String probe(Path file) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                List.of(
                    java.toString(),
                    HEAP,
                    "-XX:+ExitOnOutOfMemoryError",
                    "-cp",
                    System.getProperty("java.class.path"),
                    HeapProbe.class.getName(),
                    file.toString()))
            .redirectErrorStream(true)
            .start();
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    Thread reader =
        new Thread(
            () -> {
              try {
                process.getInputStream().transferTo(output);
              } catch (IOException ignored) {
                // The process ended; what was read is enough to judge it.
              }
            });
    reader.start();
    boolean ended = process.waitFor(SECONDS, TimeUnit.SECONDS);
    if (!ended) {
      process.destroyForcibly();
    }
    reader.join(5_000);
    String text = output.toString(StandardCharsets.UTF_8);
    assertThat(ended).as("finished within %d s: %s", SECONDS, text).isTrue();
    assertThat(process.exitValue()).as(text).isZero();
    return text;
  }

  @Test
  void aLargeCsvStreamsWithinTheHeap() throws Exception {
    Path csv = dir.resolve("staff.csv");
    try (Writer out = Files.newBufferedWriter(csv)) {
      out.write("Surname,Forename,Rank,Unit,Pay number,Note\n");
      for (int i = 0; i < 600_000; i++) {
        out.write("Smith" + (i % 977) + ",Jane,Constable,Unit " + (i % 40) + ",PN" + (100000 + i));
        out.write(",a note that makes the row longer than the others\n");
      }
    }
    assertThat(Files.size(csv)).isGreaterThan(50L << 20);

    assertThat(probe(csv)).contains("VERDICT");
  }

  @Test
  void aZipBombIsRefusedWithinTheHeap() throws Exception {
    Path bomb = dir.resolve("bomb.docx");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      byte[] zeros = new byte[1 << 20];
      // 2 GB of zeros compress to about 2 MB: a thousandfold expansion.
      for (int i = 0; i < 2048; i++) {
        zip.write(zeros);
      }
    }

    assertThat(probe(bomb)).containsAnyOf("REFUSED", "VERDICT BLOCK");
  }

  @Test
  void aLongTextFileStreamsWithinTheHeap() throws Exception {
    Path text = dir.resolve("log.txt");
    byte[] line =
        "Contact PC 1234 Jane Smith on 07700 900123 about NI AB123456C at SW1A 1AA.\n"
            .getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(text)) {
      for (int i = 0; i < 1_500_000; i++) {
        out.write(line);
      }
    }

    assertThat(probe(text)).contains("VERDICT");
  }
}
