package uk.warden.core.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventFingerprintTests {

  private static AccessEvent event(Instant at, List<String> recipients, String justification) {
    return new AccessEvent(
        null,
        at,
        "u100001",
        "records-management",
        Operation.DISCLOSE,
        3,
        recipients,
        justification,
        Channel.EXPORT);
  }

  private static final Instant AT = Instant.parse("2025-03-31T13:05:00Z");

  @Test
  void isTheSameForTheSameEventHoweverItWasWritten() {
    Instant sameInstant = OffsetDateTime.parse("2025-03-31T14:05:00+01:00").toInstant();

    assertThat(event(sameInstant, List.of("cps", "court"), "case 24/1").fingerprint())
        .isEqualTo(event(AT, List.of("court", "cps"), "  case 24/1 ").fingerprint())
        .hasSize(64)
        .matches("[0-9a-f]{64}");
  }

  @Test
  void changesWithEveryField() {
    String base = event(AT, List.of("cps"), "case").fingerprint();

    assertThat(event(AT.plusMillis(1), List.of("cps"), "case").fingerprint()).isNotEqualTo(base);
    assertThat(event(AT, List.of("cps", "x"), "case").fingerprint()).isNotEqualTo(base);
    assertThat(event(AT, List.of("cps"), "case2").fingerprint()).isNotEqualTo(base);
    assertThat(event(AT, List.of("cps"), null).fingerprint()).isNotEqualTo(base);
    AccessEvent withId =
        new AccessEvent(
            "e-1",
            AT,
            "u100001",
            "records-management",
            Operation.DISCLOSE,
            3,
            List.of("cps"),
            "case",
            Channel.EXPORT);
    assertThat(withId.fingerprint()).isNotEqualTo(base);
  }

  @Test
  void encodesTextAsUtf8() {
    AccessEvent accented =
        new AccessEvent(
            null,
            AT,
            "u1",
            "ab",
            Operation.CONSULT,
            1,
            List.of(),
            "caf\u00e9 \u20ac \ud83d\ude00",
            null);
    AccessEvent plain =
        new AccessEvent(null, AT, "u1", "ab", Operation.CONSULT, 1, List.of(), "cafe e x", null);

    assertThat(accented.fingerprint()).isNotEqualTo(plain.fingerprint()).hasSize(64);
  }

  @Test
  void lengthPrefixesKeepFieldBoundariesApart() {
    AccessEvent a =
        new AccessEvent(null, AT, "u1", "ab", Operation.CONSULT, 1, List.of("x|y"), null, null);
    AccessEvent b =
        new AccessEvent(null, AT, "u1", "ab", Operation.CONSULT, 1, List.of("x", "y"), null, null);

    assertThat(a.fingerprint()).isNotEqualTo(b.fingerprint());
  }

  /**
   * A changed encoding would make every stored event look new: this pins it, computed outside Java
   * from the documented form {@code access-event/1|-|12:1743426300.0|2:u1|7:payroll|...}.
   */
  @Test
  void isStableAcrossReleases() {
    assertThat(AccessEvent.consult(AT, "u1", "payroll", 1).fingerprint())
        .isEqualTo(AccessEvent.consult(AT, "u1", "payroll", 1).fingerprint())
        .isEqualTo(PINNED);
  }

  /** The hand encoder against the documented form built the plain way, on random events. */
  @org.junit.jupiter.params.ParameterizedTest(name = "seed {0}")
  @org.junit.jupiter.params.provider.ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void matchesTheDocumentedFormBuiltThePlainWay(long seed) throws Exception {
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    String alphabet = "ab|:-9 \u00e9\u20ac\ud83d\ude00\ud800";
    for (int i = 0; i < 500; i++) {
      List<String> recipients = new java.util.ArrayList<>();
      for (int r = 0; r < random.nextInt(3); r++) {
        recipients.add(text(random, alphabet));
      }
      AccessEvent event =
          new AccessEvent(
              random.nextBoolean() ? null : "e" + text(random, "xyz9"),
              Instant.ofEpochSecond(
                  random.nextLong(-5_000_000_000L, 5_000_000_000L), random.nextInt(1_000_000_000)),
              "p" + text(random, "qrs"),
              "s" + random.nextInt(99),
              Operation.values()[random.nextInt(6)],
              random.nextLong(0, Long.MAX_VALUE),
              recipients,
              random.nextBoolean() ? null : "j" + text(random, alphabet),
              random.nextBoolean() ? null : Channel.values()[random.nextInt(4)]);
      assertThat(event.fingerprint()).as(event.toString()).isEqualTo(reference(event));
    }
  }

  private static String text(java.util.SplittableRandom random, String alphabet) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < random.nextInt(12); i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }

  private static String reference(AccessEvent event) throws Exception {
    StringBuilder text = new StringBuilder("access-event/1");
    java.util.function.Consumer<String> field =
        v -> text.append(v == null ? "|-" : "|" + v.length() + ":" + v);
    field.accept(event.eventId());
    field.accept(event.at().getEpochSecond() + "." + event.at().getNano());
    field.accept(event.principalId());
    field.accept(event.systemCode());
    field.accept(event.operation().name());
    field.accept(Long.toString(event.records()));
    List<String> recipients = new java.util.ArrayList<>(event.recipients());
    java.util.Collections.sort(recipients);
    field.accept(Integer.toString(recipients.size()));
    recipients.forEach(field);
    field.accept(event.justification());
    field.accept(event.channel() == null ? null : event.channel().name());
    byte[] digest =
        java.security.MessageDigest.getInstance("SHA-256")
            .digest(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return java.util.HexFormat.of().formatHex(digest);
  }

  static final String PINNED = "f818ae031a62c978dbaba9da3c1865348df67bab37cf091cd1de8acdc8d5df49";
}
