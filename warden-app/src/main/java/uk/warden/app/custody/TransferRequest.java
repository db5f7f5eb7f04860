package uk.warden.app.custody;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import uk.warden.core.custody.TransferMethod;
import uk.warden.core.register.importing.PayNumberList;

/**
 * A transfer to record, as a face received it: the people by pay number, each with the row of the
 * uploaded file it came from (0 when listed in the request itself). {@code source} names where the
 * request came from in problem messages: "request" or the uploaded file's name.
 */
public record TransferRequest(
    String source,
    @Nullable Instant at,
    @Nullable String fromSystem,
    @Nullable String toParty,
    @Nullable String toSystem,
    @Nullable String agreement,
    Set<String> categories,
    List<PayNumberList.Entry> people,
    @Nullable TransferMethod method,
    @Nullable String sha256,
    @Nullable String approvedBy) {

  public TransferRequest {
    categories = categories == null ? Set.of() : Set.copyOf(categories);
    people = people == null ? List.of() : List.copyOf(people);
  }

  /** Pay numbers listed in the request, numbered by position for problem messages. */
  public static List<PayNumberList.Entry> listed(List<String> payNumbers) {
    return IntStream.range(0, payNumbers.size())
        .mapToObj(i -> new PayNumberList.Entry(i + 1, payNumbers.get(i)))
        .toList();
  }
}
