package uk.warden.inspect.detect.generic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.warden.inspect.detect.Detected;
import uk.warden.inspect.detect.Detector;
import uk.warden.inspect.detect.DetectorContract;

/** Addresses are from the documentation ranges: RFC 5737 (IPv4) and RFC 3849 (IPv6). */
class IpAddressDetectorTests implements DetectorContract {

  private final IpAddressDetector detector = new IpAddressDetector();

  @Override
  public Detector detector() {
    return detector;
  }

  @Override
  public List<String> examples() {
    return List.of("client 192.0.2.15 connected", "host 2001:db8::1");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          from 192.0.2.1 at noon                         | 192.0.2.1
          198.51.100.23,203.0.113.255                    | 198.51.100.23
          route 203.0.113.0/24 added                     | 203.0.113.0/24
          host 2001:db8::1 up                            | 2001:db8::1
          2001:0db8:85a3:0000:0000:8a2e:0370:7334        | 2001:0db8:85a3:0000:0000:8a2e:0370:7334
          link fe80::1ff:fe23:4567:890a                  | fe80::1ff:fe23:4567:890a
          net 2001:db8::/32                              | 2001:db8::/32
          mapped 2001:db8::192.0.2.33                    | 2001:db8::192.0.2.33
          """)
  void findsAddresses(String text, String address) {
    assertThat(Detected.texts(detector, text)).first().isEqualTo(address);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "256.1.1.1",
        "1.2.3",
        "see section 1.2.3.4.5",
        "01.2.3.4",
        "at 12:30:45",
        "version 1.2.3.4",
        "ab:cd",
        "2001:db8:::1",
        "1:2:3:4:5:6:7:8:9"
      })
  void ignoresWhatIsNotAnAddress(String text) {
    assertThat(Detected.texts(detector, text)).isEmpty();
  }
}
