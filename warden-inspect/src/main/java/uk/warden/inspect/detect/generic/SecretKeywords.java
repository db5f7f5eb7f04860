package uk.warden.inspect.detect.generic;

import org.jspecify.annotations.Nullable;
import uk.warden.inspect.detect.Chars;
import uk.warden.inspect.detect.DetectionRule;
import uk.warden.inspect.detect.WordSet;

/**
 * The words after which a secret value follows. "code", "key" and "token" alone are too common
 * (postcode, key finding), so they count only after a qualifier: "door code", "API key", "access
 * token".
 */
final class SecretKeywords {

  enum Family {
    PASSWORD("password-value", false),
    PIN("pin-value", true),
    DOOR_OR_ACCESS_CODE("door-or-access-code", true),
    API_KEY_OR_TOKEN("api-key-or-token", false);

    private final DetectionRule rule;
    private final boolean digitsExpected;

    Family(String name, boolean digitsExpected) {
      this.rule = DetectionRule.of(name, 0.85);
      this.digitsExpected = digitsExpected;
    }

    DetectionRule rule() {
      return rule;
    }

    /**
     * PINs and door codes are numbers (perhaps with # or *): a value without a digit is not one.
     */
    boolean digitsExpected() {
      return digitsExpected;
    }
  }

  private static final WordSet PASSWORD =
      WordSet.of("password", "passwd", "pwd", "passcode", "passphrase", "pword", "passwords");
  private static final WordSet PIN = WordSet.of("pin", "pincode", "pins");
  private static final WordSet CODE_ALONE = WordSet.of("keycode", "doorcode", "combination");
  private static final WordSet KEY_ALONE =
      WordSet.of(
          "apikey",
          "api_key",
          "access_key",
          "secret_key",
          "client_secret",
          "auth_token",
          "access_token",
          "private_key",
          "secretkey",
          "accesskey");
  private static final WordSet CODE_QUALIFIERS =
      WordSet.of(
          "door",
          "access",
          "entry",
          "alarm",
          "gate",
          "keypad",
          "key",
          "safe",
          "lock",
          "security",
          "building",
          "lockbox",
          "keysafe",
          "padlock",
          "garage",
          "cabinet");
  private static final WordSet KEY_QUALIFIERS =
      WordSet.of("api", "secret", "access", "private", "encryption", "licence", "license");
  private static final WordSet TOKEN_QUALIFIERS =
      WordSet.of("api", "access", "auth", "bearer", "refresh", "session", "personal");

  /** Every keyword: the scanner offers the secret detector only these words and long ones. */
  static final WordSet ANY_KEYWORD =
      WordSet.of(
          "password",
          "passwd",
          "pwd",
          "passcode",
          "passphrase",
          "pword",
          "passwords",
          "pin",
          "pincode",
          "pins",
          "keycode",
          "doorcode",
          "combination",
          "apikey",
          "api_key",
          "access_key",
          "secret_key",
          "client_secret",
          "auth_token",
          "access_token",
          "private_key",
          "secretkey",
          "accesskey",
          "code",
          "codes",
          "key",
          "token");

  /** Keywords, short vendor token prefixes ("xoxb-") and the "BEGIN" of a PEM block. */
  static final WordSet TRIGGERS =
      ANY_KEYWORD.plus(WordSet.of("xoxb", "xoxp", "xoxa", "xoxr", "glpat", "BEGIN"));

  private SecretKeywords() {}

  /** The family of the keyword {@code text[start, end)}, or null if it is none. */
  static @Nullable Family of(CharSequence text, int start, int end) {
    int length = end - start;
    if (length < 3 || length > 14 || !ANY_KEYWORD.contains(text, start, end)) {
      return null;
    }
    if (PASSWORD.contains(text, start, end)) {
      return Family.PASSWORD;
    }
    if (PIN.contains(text, start, end)) {
      return Family.PIN;
    }
    if (CODE_ALONE.contains(text, start, end)) {
      return Family.DOOR_OR_ACCESS_CODE;
    }
    if (KEY_ALONE.contains(text, start, end)) {
      return Family.API_KEY_OR_TOKEN;
    }
    return qualified(text, start, end);
  }

  private static @Nullable Family qualified(CharSequence text, int start, int end) {
    WordSet qualifiers;
    Family family;
    if (is(text, start, end, "code") || is(text, start, end, "codes")) {
      qualifiers = CODE_QUALIFIERS;
      family = Family.DOOR_OR_ACCESS_CODE;
    } else if (is(text, start, end, "key")) {
      qualifiers = KEY_QUALIFIERS;
      family = Family.API_KEY_OR_TOKEN;
    } else if (is(text, start, end, "token")) {
      qualifiers = TOKEN_QUALIFIERS;
      family = Family.API_KEY_OR_TOKEN;
    } else {
      return null;
    }
    int i = start - 1;
    int skipped = 0;
    while (i >= 0 && skipped < 2 && isJoiner(text.charAt(i))) {
      i--;
      skipped++;
    }
    if (skipped == 0) {
      return null;
    }
    int wordEnd = i + 1;
    while (i >= 0 && Chars.isLetter(text.charAt(i))) {
      i--;
    }
    return qualifiers.contains(text, i + 1, wordEnd) ? family : null;
  }

  private static boolean isJoiner(char c) {
    return c == ' ' || c == '-' || c == '_';
  }

  private static boolean is(CharSequence text, int start, int end, String word) {
    if (end - start != word.length()) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (Chars.toLower(text.charAt(start + i)) != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
