package uk.warden.app.platform;

import java.util.Locale;
import org.springframework.stereotype.Component;

/** Sizes for people: 23.1 TB, not 23,108,423 MB. Decimal units, as storage is sold and billed. */
@Component("byteSizes")
public class ByteSizes {

  private static final String[] UNITS = {"bytes", "kB", "MB", "GB", "TB", "PB", "EB"};

  public String describe(long bytes) {
    if (bytes < 1_000) {
      return bytes + " bytes";
    }
    double value = bytes;
    int unit = 0;
    while (value >= 999.95 && unit < UNITS.length - 1) {
      value /= 1_000;
      unit++;
    }
    return String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
  }
}
