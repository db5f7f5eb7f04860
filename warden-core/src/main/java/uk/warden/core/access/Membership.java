package uk.warden.core.access;

/** {@code memberId} belongs to the group {@code groupId}; a member may itself be a group. */
public record Membership(String groupId, String memberId) {

  public Membership {
    PrincipalIds.require(groupId, "group");
    PrincipalIds.require(memberId, "member");
    if (groupId.equals(memberId)) {
      throw new IllegalArgumentException("group " + groupId + " cannot contain itself");
    }
  }
}
