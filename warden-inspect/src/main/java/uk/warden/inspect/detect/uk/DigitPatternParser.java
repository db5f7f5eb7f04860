package uk.warden.inspect.detect.uk;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the part of regex syntax that libphonenumber's number patterns use: digits, {@code \d},
 * classes such as {@code [02-9]}, groups {@code (...)} and {@code (?:...)}, alternation and the
 * quantifiers {@code ? * + {n} {n,} {n,m}}. Anything else is refused with an {@link
 * IllegalArgumentException}, and the caller then falls back to libphonenumber itself.
 */
final class DigitPatternParser {

  private final String regex;
  private int at;

  private DigitPatternParser(String regex) {
    this.regex = regex;
  }

  static DigitPattern parse(String regex) {
    DigitPatternParser parser = new DigitPatternParser(regex);
    DigitPattern pattern = parser.alternation();
    if (parser.at != regex.length()) {
      throw parser.refuse();
    }
    return pattern;
  }

  private DigitPattern alternation() {
    List<DigitPattern> choices = new ArrayList<>();
    choices.add(sequence());
    while (peek('|')) {
      at++;
      choices.add(sequence());
    }
    return DigitPattern.either(choices);
  }

  private DigitPattern sequence() {
    List<DigitPattern> parts = new ArrayList<>();
    while (at < regex.length() && !peek('|') && !peek(')')) {
      parts.add(quantified(atom()));
    }
    return DigitPattern.sequence(parts);
  }

  private DigitPattern atom() {
    char c = regex.charAt(at++);
    if (c >= '0' && c <= '9') {
      return new DigitPattern.Digits(1 << (c - '0'));
    }
    if (c == '\\' && peek('d')) {
      at++;
      return new DigitPattern.Digits(0x3FF);
    }
    if (c == '[') {
      return digitClass();
    }
    if (c == '(') {
      if (peek('?')) {
        expect('?');
        expect(':');
      }
      DigitPattern group = alternation();
      expect(')');
      return group;
    }
    throw refuse();
  }

  private DigitPattern digitClass() {
    int mask = 0;
    while (!peek(']')) {
      char c = next();
      if (c == '\\' && peek('d')) {
        at++;
        mask |= 0x3FF;
        continue;
      }
      if (c < '0' || c > '9') {
        throw refuse();
      }
      int from = c - '0';
      int to = from;
      if (peek('-')) {
        at++;
        char end = next();
        if (end < '0' || end > '9') {
          throw refuse();
        }
        to = end - '0';
      }
      for (int digit = from; digit <= to; digit++) {
        mask |= 1 << digit;
      }
    }
    expect(']');
    return new DigitPattern.Digits(mask);
  }

  private DigitPattern quantified(DigitPattern atom) {
    if (at >= regex.length()) {
      return atom;
    }
    char c = regex.charAt(at);
    return switch (c) {
      case '?' -> quantify(atom, 0, 1, 1);
      case '*' -> quantify(atom, 0, -1, 1);
      case '+' -> quantify(atom, 1, -1, 1);
      case '{' -> braces(atom);
      default -> atom;
    };
  }

  private DigitPattern quantify(DigitPattern atom, int min, int max, int width) {
    at += width;
    return DigitPattern.repeat(atom, min, max);
  }

  private DigitPattern braces(DigitPattern atom) {
    expect('{');
    int min = number();
    int max = min;
    if (peek(',')) {
      at++;
      max = peek('}') ? -1 : number();
    }
    expect('}');
    return DigitPattern.repeat(atom, min, max);
  }

  private int number() {
    int start = at;
    while (at < regex.length() && Character.isDigit(regex.charAt(at))) {
      at++;
    }
    if (at == start) {
      throw refuse();
    }
    return Integer.parseInt(regex.substring(start, at));
  }

  private boolean peek(char c) {
    return at < regex.length() && regex.charAt(at) == c;
  }

  private char next() {
    if (at >= regex.length()) {
      throw refuse();
    }
    return regex.charAt(at++);
  }

  private void expect(char c) {
    if (!peek(c)) {
      throw refuse();
    }
    at++;
  }

  private IllegalArgumentException refuse() {
    return new IllegalArgumentException("unsupported number pattern syntax at " + at);
  }
}
