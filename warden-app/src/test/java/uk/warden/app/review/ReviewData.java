package uk.warden.app.review;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import uk.warden.app.access.DirectorySource;
import uk.warden.app.access.store.AccessStore;
import uk.warden.app.register.RegisterService;
import uk.warden.app.testing.Fixtures;
import uk.warden.core.access.AccessType;
import uk.warden.core.access.Grant;
import uk.warden.core.access.Principal;

/**
 * A small directory to review: two systems in the register, three people, three live grants (two on
 * the first system) and one already revoked, which a campaign must leave out. Codes are unique to
 * the caller, since tests share a store.
 */
public record ReviewData(String first, String second, List<String> grants) {

  static final Instant GRANTED = Instant.parse("2025-01-06T09:00:00Z");

  public static ReviewData load(RegisterService register, AccessStore access, String prefix) {
    String host = prefix + "-host";
    String first = prefix + "-pnc";
    String second = prefix + "-hr";
    register.saveParty(Fixtures.supplier(host), true);
    register.saveSystem(Fixtures.system(first, host), true);
    register.saveSystem(Fixtures.bareSystem(second), true);
    List<Principal> people =
        List.of(
            Principal.user(prefix + "-u1", prefix + "1"),
            Principal.user(prefix + "-u2", prefix + "2"),
            Principal.user(prefix + "-u3", prefix + "3"));
    List<Grant> grants =
        List.of(
            grant(prefix + "-g1", prefix + "-u1", first, Set.of("user.name"), AccessType.READ),
            grant(prefix + "-g2", prefix + "-u2", first, Set.of(), AccessType.EXPORT),
            grant(prefix + "-g3", prefix + "-u3", second, Set.of(), AccessType.READ),
            grant(prefix + "-g4", prefix + "-u3", first, Set.of(), AccessType.READ));
    access.replace(DirectorySource.CSV, people, List.of(), grants, GRANTED);
    access.revoke(prefix + "-g4", "admin", "left the unit", GRANTED.plusSeconds(60));
    return new ReviewData(first, second, List.of(prefix + "-g1", prefix + "-g2", prefix + "-g3"));
  }

  static Grant grant(
      String id, String holder, String system, Set<String> categories, AccessType type) {
    return new Grant(id, holder, system, categories, type, "=duty", "admin", GRANTED, null, null);
  }
}
