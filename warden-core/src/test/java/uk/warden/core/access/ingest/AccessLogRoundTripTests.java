package uk.warden.core.access.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.warden.core.access.AccessEvent;
import uk.warden.core.access.Channel;
import uk.warden.core.access.Operation;
import uk.warden.core.input.BadInputException;

/**
 * Random events written by {@link AccessLogWriter} read back identically by {@link
 * AccessLogReader}, in both formats; and random damage to a good log is refused, never crashes the
 * reader. Each case is seeded by the number in its name, so a failure reproduces.
 */
class AccessLogRoundTripTests {

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 40).map(i -> 7_000_000 + i);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void writtenEventsReadBackIdentically(long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    List<AccessEvent> events = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      events.add(randomEvent(random));
    }
    for (LogFormat format : LogFormat.values()) {
      StringWriter text = new StringWriter();
      AccessLogWriter writer = new AccessLogWriter(text, format);
      for (AccessEvent event : events) {
        writer.write(event);
      }
      List<AccessEvent> read = new ArrayList<>();
      new AccessLogReader(IngestOptions.defaults(ZoneId.of("UTC")))
          .read("log", utf8(text.toString()), format, (e, f, l) -> read.add(e));
      assertThat(read).as(format.name()).isEqualTo(events);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void damagedLogsAreRefusedNotCrashedOn(long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    StringWriter text = new StringWriter();
    LogFormat format = random.nextBoolean() ? LogFormat.CSV : LogFormat.JSON_LINES;
    AccessLogWriter writer = new AccessLogWriter(text, format);
    for (int i = 0; i < 30; i++) {
      writer.write(randomEvent(random));
    }
    char[] chars = text.toString().toCharArray();
    String damage = "\"{}[],;:\\x0\u0000\u00e9 \n";
    for (int i = 0; i < 1 + random.nextInt(8); i++) {
      chars[random.nextInt(chars.length)] = damage.charAt(random.nextInt(damage.length()));
    }
    String damaged = new String(chars);

    assertThatCode(
            () -> {
              try {
                new AccessLogReader(IngestOptions.defaults(ZoneId.of("UTC")))
                    .read("log", utf8(damaged), format, (e, f, l) -> {});
              } catch (BadInputException refused) {
                assertThat(refused.problems()).isNotEmpty();
              }
            })
        .doesNotThrowAnyException();
  }

  @Test
  void streamsALogFarLargerThanItKeeps() {
    int lines = 300_000;
    InputStream generated =
        new InputStream() {
          private byte[] line = new byte[0];
          private int pos;
          private int written;

          @Override
          public int read() {
            if (pos == line.length) {
              if (written == lines) {
                return -1;
              }
              line =
                  ("{\"at\":\"2025-03-31T14:05:00Z\",\"principal\":\"u"
                          + written++
                          + "\",\"system\":\"payroll\",\"operation\":\"view\",\"records\":2}\n")
                      .getBytes(StandardCharsets.UTF_8);
              pos = 0;
            }
            return line[pos++];
          }
        };
    long[] records = {0};

    IngestSummary summary =
        new AccessLogReader(IngestOptions.defaults(ZoneId.of("UTC")))
            .read(
                "big.jsonl",
                generated,
                LogFormat.JSON_LINES,
                (e, f, l) -> records[0] += e.records());

    assertThat(summary.events()).isEqualTo(lines);
    assertThat(records[0]).isEqualTo(2L * lines);
  }

  private static AccessEvent randomEvent(SplittableRandom random) {
    Operation operation = Operation.values()[random.nextInt(Operation.values().length)];
    List<String> recipients = new ArrayList<>();
    if (operation == Operation.DISCLOSE) {
      for (int i = 0; i < random.nextInt(3); i++) {
        recipients.add(text(random, 1 + random.nextInt(10)));
      }
    }
    return new AccessEvent(
        random.nextBoolean() ? null : "e" + random.nextInt(1_000_000),
        Instant.ofEpochSecond(
            1_700_000_000L + random.nextInt(50_000_000), random.nextInt(1000) * 1_000_000),
        "u" + random.nextInt(100_000),
        "sys-" + random.nextInt(30),
        operation,
        random.nextInt(5000),
        recipients,
        random.nextBoolean() ? null : text(random, 1 + random.nextInt(40)),
        random.nextBoolean() ? null : Channel.values()[random.nextInt(Channel.values().length)]);
  }

  /** Text with the characters that test quoting and escaping, but none CSV cannot carry. */
  private static String text(SplittableRandom random, int length) {
    String alphabet = "abcXYZ 019,\"'\\/é€😀\t{}[]:";
    StringBuilder text = new StringBuilder();
    while (text.length() < length) {
      int at = random.nextInt(alphabet.length());
      char c = alphabet.charAt(at);
      if (Character.isHighSurrogate(c)) {
        text.append(c).append(alphabet.charAt(at + 1));
      } else if (!Character.isLowSurrogate(c)) {
        text.append(c);
      }
    }
    String stripped = text.toString().strip();
    return stripped.isEmpty() ? "x" : stripped;
  }

  private static InputStream utf8(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
