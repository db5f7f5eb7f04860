package uk.warden.watch.alert;

/** How syslog messages travel. */
public enum SyslogTransport {
  /** RFC 5426: one message per datagram, at most {@link SyslogChannel#MAX_DATAGRAM} octets. */
  UDP,
  /** RFC 6587 octet counting: {@code LENGTH SP MESSAGE}, so a message may hold line breaks. */
  TCP
}
