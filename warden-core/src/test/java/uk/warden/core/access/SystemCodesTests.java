package uk.warden.core.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.warden.core.register.RegisterCodes;

class SystemCodesTests {

  private static final Pattern REGISTER = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

  @Test
  void agreesWithTheRegistersRuleOnEveryString() {
    SplittableRandom random = new SplittableRandom(42);
    String alphabet = "az09-_A. é";
    for (int i = 0; i < 50_000; i++) {
      StringBuilder code = new StringBuilder();
      int length = random.nextInt(i % 100 == 0 ? 70 : 8);
      for (int j = 0; j < length; j++) {
        code.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = code.toString();
      boolean register;
      try {
        RegisterCodes.requireValid(text, "system");
        register = true;
      } catch (IllegalArgumentException e) {
        register = false;
      }
      assertThat(SystemCodes.valid(text)).as("'%s'", text).isEqualTo(register);
      assertThat(register).isEqualTo(REGISTER.matcher(text).matches());
    }
    assertThat(SystemCodes.valid("a".repeat(63))).isTrue();
    assertThat(SystemCodes.valid("a".repeat(64))).isFalse();
    assertThat(SystemCodes.valid("-a")).isFalse();
  }
}
