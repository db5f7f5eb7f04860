package uk.warden.inspect.detect.uk;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import com.google.i18n.phonenumbers.metadata.source.MetadataSource;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Whether a +44 national number is valid (GB, Guernsey, Isle of Man, Jersey), with exactly
 * libphonenumber's answer.
 *
 * <p>Why not simply call {@code PhoneNumberUtil.isValidNumber}: it makes a new regex matcher for
 * each of a dozen number types per region, 2-3 µs a number, which alone would take half the
 * scanner's time on an HR export with a phone number on every row. So libphonenumber's own metadata
 * is compiled once into a digit automaton ({@link GbNumberAutomaton}), checked against
 * libphonenumber by a test. Should a future metadata release use syntax the compiler does not know,
 * this falls back to libphonenumber itself.
 */
final class GbNumberValidity {

  private static final int GB = 44;

  private final PhoneNumberUtil phoneNumbers = PhoneNumberUtil.getInstance();
  private final @Nullable GbNumberAutomaton automaton = Compiled.AUTOMATON;

  /** Compiled once per JVM, on first use: about 20 ms warm. */
  private static final class Compiled {
    static final @Nullable GbNumberAutomaton AUTOMATON = compile(PhoneNumberUtil.getInstance());
  }

  boolean isValid(long nationalNumber, int digits) {
    if (automaton != null) {
      return automaton.isValid(nationalNumber, digits);
    }
    PhoneNumber number = new PhoneNumber().setCountryCode(GB).setNationalNumber(nationalNumber);
    return phoneNumbers.isValidNumber(number);
  }

  boolean compiled() {
    return automaton != null;
  }

  private static @Nullable GbNumberAutomaton compile(PhoneNumberUtil phoneNumbers) {
    MetadataSource source =
        DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource();
    List<PhoneMetadata> regions = new ArrayList<>();
    for (String region : phoneNumbers.getRegionCodesForCountryCode(GB)) {
      regions.add(source.getMetadataForRegion(region));
    }
    try {
      return GbNumberAutomaton.compile(regions);
    } catch (IllegalArgumentException unsupported) {
      return null; // new metadata syntax: stay correct, if slower
    }
  }
}
