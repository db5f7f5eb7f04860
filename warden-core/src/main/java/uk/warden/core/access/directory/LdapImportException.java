package uk.warden.core.access.directory;

/**
 * A directory could not be read: unreachable, the bind refused, the base missing, a limit passed.
 * The message says what to check and carries no personal data: never a DN, a name or the server's
 * own diagnostic text (which can quote a DN), only host, port and the LDAP result code.
 */
public final class LdapImportException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  LdapImportException(String message) {
    super(message);
  }
}
