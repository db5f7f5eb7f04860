package uk.warden.inspect.detect.generic;

import uk.warden.inspect.detect.Chars;
import uk.warden.inspect.detect.WordSet;

/**
 * A plausibility check for the last label of an e-mail domain, without the whole public-suffix
 * list: any two-letter label is a country code; longer ones must be a common generic domain.
 * Suffixes used only inside organisations are told apart, because a force's directory export
 * ({@code j.smith@force.local}) is still personal data.
 */
final class TopLevelDomains {

  enum Kind {
    PUBLIC,
    INTERNAL,
    UNKNOWN
  }

  private static final WordSet GENERIC =
      WordSet.of(
          "com",
          "org",
          "net",
          "edu",
          "gov",
          "mil",
          "int",
          "info",
          "biz",
          "name",
          "pro",
          "mobi",
          "app",
          "dev",
          "cloud",
          "online",
          "tech",
          "site",
          "xyz",
          "email",
          "store",
          "shop",
          "blog",
          "live",
          "life",
          "news",
          "media",
          "digital",
          "agency",
          "solutions",
          "services",
          "london",
          "wales",
          "cymru",
          "scot",
          "museum",
          "aero",
          "coop",
          "jobs",
          "travel",
          "law",
          "legal",
          "health",
          "care",
          "charity",
          "group",
          "global",
          "world",
          "company",
          "consulting",
          "network",
          "systems",
          "support",
          "team",
          "work",
          "academy",
          "school",
          "college",
          "university",
          "page",
          "ltd",
          "limited",
          "plc");

  private static final WordSet INTERNAL =
      WordSet.of("local", "internal", "lan", "corp", "localdomain", "intranet", "home");

  private TopLevelDomains() {}

  static Kind classify(CharSequence text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!Chars.isLetter(text.charAt(i))) {
        return Kind.UNKNOWN;
      }
    }
    if (end - start == 2 || GENERIC.contains(text, start, end)) {
      return Kind.PUBLIC;
    }
    return INTERNAL.contains(text, start, end) ? Kind.INTERNAL : Kind.UNKNOWN;
  }
}
