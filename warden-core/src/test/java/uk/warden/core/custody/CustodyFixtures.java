package uk.warden.core.custody;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Terse custody events for tests: instants are whole days after a fixed start. */
public final class CustodyFixtures {

  public static final Instant START = Instant.parse("2023-01-01T00:00:00Z");

  private CustodyFixtures() {}

  public static Instant day(int day) {
    return START.plus(Duration.ofDays(day));
  }

  public static Transfer transfer(
      long id, String party, int day, Set<String> categories, int... people) {
    return transfer(id, party, day, null, null, categories, PersonSet.of(people));
  }

  public static Transfer transfer(
      long id,
      String party,
      int day,
      @Nullable String toSystem,
      @Nullable String agreement,
      Set<String> categories,
      PersonSet people) {
    return new Transfer(
        id,
        day(day),
        "hr-core",
        party,
        toSystem,
        agreement,
        categories,
        people,
        TransferMethod.FILE,
        null,
        null);
  }

  public static Deletion deleteAll(long id, String party, int day) {
    return new Deletion(id, party, day(day), new DeletionScope.All(), "certificate DC-" + id);
  }

  public static Deletion deleteTransfer(long id, String party, int day, long transferId) {
    return new Deletion(
        id, party, day(day), new DeletionScope.OneTransfer(transferId), "certificate DC-" + id);
  }

  public static Deletion deletePeople(long id, String party, int day, int... people) {
    return new Deletion(
        id,
        party,
        day(day),
        new DeletionScope.People(PersonSet.of(people)),
        "certificate DC-" + id);
  }
}
