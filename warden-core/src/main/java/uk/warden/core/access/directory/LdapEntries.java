package uk.warden.core.access.directory;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import uk.warden.core.access.PrincipalIds;

/**
 * Reads the few attributes Warden needs from Active Directory and OpenLDAP entries, whichever
 * schema they follow: ids, pay numbers, the disabled flag and group members.
 */
final class LdapEntries {

  /** Set in AD's userAccountControl for a disabled account. */
  static final int ACCOUNT_DISABLE = 0x2;

  static final String[] USER_ATTRIBUTES_BASE = {
    "sAMAccountName", "uid", "userAccountControl", "nsAccountLock"
  };
  static final String[] GROUP_ATTRIBUTES = {"sAMAccountName", "cn", "member", "uniqueMember"};

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  // An OpenLDAP uniqueMember may carry a unique identifier after the DN: cn=x,dc=y#'0101'B.
  private static final Pattern UNIQUE_ID_SUFFIX = Pattern.compile("#'[01]*'B$");

  private LdapEntries() {}

  static String[] userAttributes(String payNumberAttribute) {
    List<String> names = new ArrayList<>(List.of(USER_ATTRIBUTES_BASE));
    names.add(payNumberAttribute);
    names.add(LdapSettings.FALLBACK_PAY_NUMBER_ATTRIBUTE);
    return names.toArray(String[]::new);
  }

  /**
   * The id from the first attribute that has one. AD group names often hold spaces ("PNC Users")
   * and Warden ids never do, so each run of whitespace becomes one underscore; null if the result
   * is still not a valid id.
   */
  static @Nullable String id(Entry entry, String... attributes) {
    for (String attribute : attributes) {
      String value = entry.getAttributeValue(attribute);
      if (value != null && !value.isBlank()) {
        String id = WHITESPACE.matcher(value.strip()).replaceAll("_");
        return PrincipalIds.valid(id) ? id : null;
      }
    }
    return null;
  }

  static @Nullable String payNumber(Entry entry, String attribute) {
    String value = entry.getAttributeValue(attribute);
    if (value == null || value.isBlank()) {
      value = entry.getAttributeValue(LdapSettings.FALLBACK_PAY_NUMBER_ATTRIBUTE);
    }
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** AD's disabled bit, or OpenLDAP / 389's nsAccountLock. */
  static boolean disabled(Entry entry) {
    Integer control = entry.getAttributeValueAsInteger("userAccountControl");
    if (control != null && (control & ACCOUNT_DISABLE) != 0) {
      return true;
    }
    String lock = entry.getAttributeValue("nsAccountLock");
    return lock != null && lock.strip().toLowerCase(Locale.ROOT).equals("true");
  }

  /**
   * Member DNs as written. AD answers a group of more than 1500 members with a first range ({@code
   * member;range=0-1499}) instead of {@code member}; that range is taken.
   */
  static List<String> memberDns(Entry entry) {
    List<String> members = new ArrayList<>();
    for (Attribute attribute : entry.getAttributes()) {
      String name = attribute.getBaseName().toLowerCase(Locale.ROOT);
      if (name.equals("member") || name.equals("uniquemember")) {
        members.addAll(List.of(attribute.getValues()));
      }
    }
    return members;
  }

  /** Whether AD sent only a first range of the members. */
  static boolean rangedMembers(Entry entry) {
    for (Attribute attribute : entry.getAttributes()) {
      if (attribute.getBaseName().equalsIgnoreCase("member")
          && attribute.getName().toLowerCase(Locale.ROOT).contains(";range=")) {
        return true;
      }
    }
    return false;
  }

  /** The member's DN (without a uniqueMember's unique identifier), or null if it is not one. */
  static @Nullable DN dn(String text) {
    try {
      return new DN(UNIQUE_ID_SUFFIX.matcher(text).replaceFirst(""));
    } catch (LDAPException e) {
      return null;
    }
  }
}
