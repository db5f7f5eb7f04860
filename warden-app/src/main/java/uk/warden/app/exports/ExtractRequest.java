package uk.warden.app.exports;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.warden.core.register.ExtractFormat;

/**
 * What to extract: under which agreement, for whom (null for everyone its people rule allows), in
 * which format, and where the photos are when the agreement sends them.
 *
 * @param keepCopy whether Warden keeps the released file (sealed, for a while) to be fetched later:
 *     a page or an API client fetches it afterwards; the command line writes it at once and needs
 *     no copy. A held extract's file is kept whatever this says, until it is decided and fetched.
 */
public record ExtractRequest(
    String agreement,
    @Nullable List<String> payNumbers,
    ExtractFormat format,
    @Nullable Path photos,
    boolean keepCopy) {

  public ExtractRequest {
    payNumbers = payNumbers == null ? null : List.copyOf(payNumbers);
  }
}
