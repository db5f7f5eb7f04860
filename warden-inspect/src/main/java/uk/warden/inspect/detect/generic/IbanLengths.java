package uk.warden.inspect.detect.generic;

/**
 * IBAN length per country, from the SWIFT IBAN registry (ISO 13616). A two-letter prefix that is
 * not here is not an IBAN country, which rejects most capitalised words with digits at once.
 */
final class IbanLengths {

  private static final String TABLE =
      "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DK18 DO28"
          + " EE20 EG29 ES24 FI18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23"
          + " IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 MC27 MD24 ME22 MK19"
          + " MR27 MT31 MU30 NL18 NO15 PK24 PL28 PS29 PT25 QA29 RO24 RS22 SA24 SC31 SE24 SI19"
          + " SK24 SM27 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20";

  private static final byte[] LENGTHS = new byte[26 * 26];

  static {
    for (String entry : TABLE.split(" ")) {
      LENGTHS[index(entry.charAt(0), entry.charAt(1))] = Byte.parseByte(entry.substring(2));
    }
  }

  private IbanLengths() {}

  /** The IBAN length for a country code of two capital letters, or 0 if none. */
  static int of(char first, char second) {
    return LENGTHS[index(first, second)];
  }

  private static int index(char first, char second) {
    return (first - 'A') * 26 + (second - 'A');
  }
}
