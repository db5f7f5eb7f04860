package uk.warden.core.access.directory;

import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPURL;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SimpleBindRequest;
import com.unboundid.util.ssl.HostNameSSLSocketVerifier;
import java.security.NoSuchAlgorithmException;
import javax.net.SocketFactory;
import javax.net.ssl.SSLContext;

/**
 * Opens a bound connection with the time-outs of the settings, turning every failure into an {@link
 * LdapImportException} that says what to check without quoting the server.
 */
final class LdapConnector {

  private LdapConnector() {}

  static LDAPConnection connect(LdapSettings settings, String password) {
    LDAPURL url = url(settings.url());
    LDAPConnectionOptions options = new LDAPConnectionOptions();
    options.setConnectTimeoutMillis(
        (int) Math.min(Integer.MAX_VALUE, settings.connectTimeout().toMillis()));
    options.setResponseTimeoutMillis(settings.responseTimeout().toMillis());
    options.setAbandonOnTimeout(true);
    // Referrals would send the bind password to servers the caller never named.
    options.setFollowReferrals(false);
    SocketFactory sockets = SocketFactory.getDefault();
    if ("ldaps".equals(url.getScheme())) {
      sockets = tls();
      options.setSSLSocketVerifier(new HostNameSSLSocketVerifier(true));
    }
    String where = url.getHost() + ":" + url.getPort();
    LDAPConnection connection;
    try {
      connection = new LDAPConnection(sockets, options, url.getHost(), url.getPort());
    } catch (LDAPException e) {
      throw new LdapImportException(
          "cannot reach the directory at "
              + where
              + " within "
              + settings.connectTimeout().toMillis()
              + " ms ("
              + e.getResultCode().getName()
              + "): check the URL, the network and, for ldaps, the server's certificate");
    }
    try {
      connection.bind(new SimpleBindRequest(settings.bindDn(), password));
      return connection;
    } catch (LDAPException e) {
      connection.close();
      throw bindFailure(e.getResultCode(), where, settings);
    }
  }

  private static LdapImportException bindFailure(
      ResultCode code, String where, LdapSettings settings) {
    if (code == ResultCode.INVALID_CREDENTIALS) {
      return new LdapImportException(
          "the directory at "
              + where
              + " refused the bind: the bind DN or password is wrong, or the account is locked or"
              + " expired");
    }
    if (code == ResultCode.INVALID_DN_SYNTAX) {
      return new LdapImportException("the bind DN is not a valid DN");
    }
    if (code == ResultCode.TIMEOUT) {
      return new LdapImportException(
          "the directory at "
              + where
              + " did not answer the bind within "
              + settings.responseTimeout().toMillis()
              + " ms");
    }
    return new LdapImportException(
        "the bind to the directory at " + where + " failed (" + code.getName() + ")");
  }

  private static LDAPURL url(String text) {
    LDAPURL url;
    try {
      url = new LDAPURL(text.strip());
    } catch (LDAPException e) {
      throw new LdapImportException(
          "the directory URL must be ldap://host[:port] or ldaps://host[:port]");
    }
    if (!url.hostProvided()) {
      throw new LdapImportException("the directory URL must name a host: ldap://host[:port]");
    }
    return url;
  }

  /** TLS trusting the JVM's certificate authorities: an import must not trust any certificate. */
  private static SocketFactory tls() {
    try {
      return SSLContext.getDefault().getSocketFactory();
    } catch (NoSuchAlgorithmException e) {
      throw new LdapImportException("this Java runtime offers no TLS for ldaps");
    }
  }
}
