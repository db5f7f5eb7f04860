package uk.warden.app.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.warden.app.account.Role;

/** From an ID token's claims to a Warden role and name, as Entra ID issues them. */
class OidcRolesTests {

  private static final String DPO_GROUP = "5f1c0d7a-2b4e-4c8e-9a51-3d2f6b7c8e90";
  private final OidcRoles roles =
      new OidcRoles(
          "roles",
          Map.of(
              "Warden.Admin",
              Role.ADMIN,
              "Warden.DPO",
              Role.DPO,
              "Warden.Analyst",
              Role.ANALYST,
              "Warden.Auditor",
              Role.AUDITOR,
              DPO_GROUP,
              Role.DPO));

  @Test
  void mapsAnAppRoleInTheRolesClaim() {
    assertThat(roles.roleOf(Map.of("roles", List.of("Warden.Analyst")))).contains(Role.ANALYST);
  }

  @Test
  void takesTheMostPrivilegedOfSeveralMappedValuesAndIgnoresTheRest() {
    assertThat(
            roles.roleOf(
                Map.of(
                    "roles",
                    List.of("Other.App", "Warden.Auditor", "Warden.DPO", "Warden.Analyst"))))
        .contains(Role.DPO);
    assertThat(roles.roleOf(Map.of("roles", List.of("Warden.Auditor", "Warden.Admin"))))
        .contains(Role.ADMIN);
  }

  @Test
  void readsGroupObjectIdsWhenTheTokenHasNoRolesClaim() {
    assertThat(roles.roleOf(Map.of("groups", List.of("0000", DPO_GROUP)))).contains(Role.DPO);
  }

  @Test
  void aRolesClaimThatMapsToNothingIsNotRescuedByGroups() {
    assertThat(roles.roleOf(Map.of("roles", List.of("Other.App"), "groups", List.of(DPO_GROUP))))
        .isEmpty();
  }

  @Test
  void givesNoRoleWhenNothingMaps() {
    assertThat(roles.roleOf(Map.of("roles", List.of("Other.App")))).isEmpty();
    assertThat(roles.roleOf(Map.of("groups", List.of("0000")))).isEmpty();
    assertThat(roles.roleOf(Map.of("sub", "x"))).isEmpty();
    assertThat(roles.roleOf(Map.of("roles", List.of()))).isEmpty();
  }

  @Test
  void acceptsASingleValueAsAString() {
    assertThat(roles.roleOf(Map.of("roles", "Warden.Auditor"))).contains(Role.AUDITOR);
  }

  @Test
  void readsAnotherConfiguredClaim() {
    OidcRoles custom = new OidcRoles("warden_roles", Map.of("dpo", Role.DPO));

    assertThat(custom.roleOf(Map.of("warden_roles", List.of("dpo")))).contains(Role.DPO);
    assertThat(custom.roleOf(Map.of("roles", List.of("dpo")))).isEmpty();
  }

  @Test
  void namesTheUserByPreferredUsernameThenEmailThenSubject() {
    assertThat(
            OidcRoles.nameClaim(
                Map.of("preferred_username", "a@force.example", "email", "b@x", "sub", "s")))
        .isEqualTo("preferred_username");
    assertThat(OidcRoles.nameClaim(Map.of("preferred_username", " ", "email", "b@x", "sub", "s")))
        .isEqualTo("email");
    assertThat(OidcRoles.nameClaim(Map.of("sub", "s"))).isEqualTo("sub");
  }
}
