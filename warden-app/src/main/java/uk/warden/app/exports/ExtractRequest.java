package uk.warden.app.exports;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.warden.core.register.ExtractFormat;

/**
 * What to extract: under which agreement, for whom (null for everyone its people rule allows), in
 * which format, and where the photos are when the agreement sends them.
 */
public record ExtractRequest(
    String agreement,
    @Nullable List<String> payNumbers,
    ExtractFormat format,
    @Nullable Path photos) {

  public ExtractRequest {
    payNumbers = payNumbers == null ? null : List.copyOf(payNumbers);
  }
}
