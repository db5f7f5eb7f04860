package uk.warden.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessDirectoryTests {

  private static final Instant T = Instant.parse("2025-01-01T00:00:00Z");

  private static Grant grant(String id, String holder, String system) {
    return new Grant(id, holder, system, Set.of(), AccessType.READ, "duty", null, T, null, null);
  }

  @Test
  void effectiveGrantsFollowNestedGroups() {
    AccessDirectory directory =
        AccessDirectory.of(
            List.of(
                Principal.user("u1", "100001"),
                Principal.group("officers"),
                Principal.group("everyone")),
            List.of(new Membership("officers", "u1"), new Membership("everyone", "officers")),
            List.of(
                grant("g1", "u1", "payroll"),
                grant("g2", "officers", "records-management"),
                grant("g3", "everyone", "force-directory")));

    assertThat(directory.groupsOf("u1")).containsExactly("everyone", "officers");
    assertThat(directory.effectiveGrants("u1"))
        .extracting(Grant::id)
        .containsExactly("g1", "g3", "g2");
    assertThat(directory.membersOf("everyone")).containsExactly("u1");
    assertThat(directory.grantsHeldBy("officers")).extracting(Grant::id).containsExactly("g2");
  }

  @Test
  void toleratesCyclesBetweenGroups() {
    AccessDirectory directory =
        AccessDirectory.of(
            List.of(Principal.user("u1", null), Principal.group("a"), Principal.group("b")),
            List.of(new Membership("a", "b"), new Membership("b", "a"), new Membership("a", "u1")),
            List.of(grant("g1", "b", "payroll")));

    assertThat(directory.groupsOf("u1")).containsExactly("a", "b");
    assertThat(directory.effectiveGrants("u1")).extracting(Grant::id).containsExactly("g1");
    assertThat(directory.membersOf("b")).containsExactly("u1");
  }

  @Test
  void refusesReferencesToPrincipalsItDoesNotHold() {
    assertThatThrownBy(
            () -> AccessDirectory.of(List.of(), List.of(), List.of(grant("g1", "u9", "payroll"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("grant g1")
        .hasMessageNotContaining("u9");
    assertThatThrownBy(
            () ->
                AccessDirectory.of(
                    List.of(Principal.user("u1", null), Principal.user("u2", null)),
                    List.of(new Membership("u2", "u1")),
                    List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no such group");
    assertThatThrownBy(
            () ->
                AccessDirectory.of(
                    List.of(Principal.user("u1", null), Principal.user("u1", null)),
                    List.of(),
                    List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void principalsAreValidatedByKind() {
    assertThatThrownBy(() -> new Principal("a b", PrincipalKind.USER, null, null, List.of(), true))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new Principal("s1", PrincipalKind.SUPPLIER_STAFF, null, null, List.of(), true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("party");
    assertThatThrownBy(() -> new Principal("g", PrincipalKind.GROUP, "123", null, List.of(), true))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Principal.user("u1", "  ").payNumber()).isNull();
  }

  @Test
  void grantsKnowWhenTheyAreInForce() {
    Grant grant =
        new Grant(
            "g1",
            "u1",
            "payroll",
            Set.of("user.name"),
            AccessType.EXPORT,
            " ",
            null,
            T,
            T.plusSeconds(60),
            null);

    assertThat(grant.hasPurpose()).isFalse();
    assertThat(grant.inForceAt(T)).isTrue();
    assertThat(grant.inForceAt(T.plusSeconds(60))).isFalse();
    assertThat(grant.inForceAt(T.minusSeconds(1))).isFalse();
    assertThatThrownBy(
            () ->
                new Grant(
                    "g2",
                    "u1",
                    "payroll",
                    Set.of(),
                    AccessType.READ,
                    null,
                    null,
                    T,
                    T.minusSeconds(1),
                    null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
