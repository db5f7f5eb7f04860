package uk.warden.core.access.directory;

import com.unboundid.asn1.ASN1OctetString;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPSearchException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.controls.SimplePagedResultsControl;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Searches a subtree page by page (RFC 2696 Simple Paged Results), so a directory larger than the
 * server's size limit (Active Directory's 1000) is read whole, one page in memory at a time. A
 * server that ignores the control and truncates its answer is refused, never taken as complete.
 */
final class PagedSearch {

  private final LDAPConnection connection;
  private final LdapSettings settings;
  private int entries;
  private int pages;

  PagedSearch(LDAPConnection connection, LdapSettings settings) {
    this.connection = connection;
    this.settings = settings;
  }

  /** Entries and pages read so far, by every search of this object. */
  int entries() {
    return entries;
  }

  int pages() {
    return pages;
  }

  void search(DN base, Filter filter, String[] attributes, Consumer<SearchResultEntry> each) {
    int pageSize = settings.pageSize();
    boolean first = true;
    ASN1OctetString cookie = null;
    do {
      SearchRequest request =
          new SearchRequest(base.toString(), SearchScope.SUB, filter, attributes);
      request.setResponseTimeoutMillis(settings.responseTimeout().toMillis());
      request.setTimeLimitSeconds((int) Math.max(1, settings.responseTimeout().toSeconds()));
      request.setControls(new SimplePagedResultsControl(pageSize, cookie, false));
      SearchResult result;
      try {
        result = connection.search(request);
      } catch (LDAPSearchException e) {
        if (e.getResultCode() != ResultCode.SIZE_LIMIT_EXCEEDED) {
          throw failure(e.getResultCode());
        }
        result = e.getSearchResult();
      }
      pages++;
      cookie = cookie(result);
      boolean more = cookie != null && cookie.getValueLength() > 0;
      int count = result.getEntryCount();
      if (result.getResultCode() == ResultCode.SIZE_LIMIT_EXCEEDED && !more) {
        // The server cut the page at its own size limit instead of paging at ours. Its limit is
        // what it returned: ask again from the start with pages that size, before anything of
        // this search has been taken, so nothing is read twice.
        if (first && count > 0 && count < pageSize) {
          pageSize = count;
          cookie = null;
          first = false;
          continue;
        }
        throw new LdapImportException(
            "the directory stopped at its size limit and does not page results: ask for its"
                + " limit to be raised for the bind account, or narrow the base");
      }
      first = false;
      for (SearchResultEntry entry : result.getSearchEntries()) {
        if (++entries > settings.sizeLimit()) {
          throw new LdapImportException(
              "the base holds more than "
                  + settings.sizeLimit()
                  + " users and groups, the size limit: narrow the base or the filters, or raise"
                  + " the limit");
        }
        each.accept(entry);
      }
      if (!more) {
        return;
      }
    } while (true);
  }

  private static @Nullable ASN1OctetString cookie(SearchResult result) {
    try {
      SimplePagedResultsControl paged = SimplePagedResultsControl.get(result);
      return paged == null ? null : paged.getCookie();
    } catch (LDAPException e) {
      throw new LdapImportException("the directory answered with a malformed paging control");
    }
  }

  private LdapImportException failure(ResultCode code) {
    if (code == ResultCode.NO_SUCH_OBJECT) {
      return new LdapImportException("the base DN does not exist in the directory");
    }
    if (code == ResultCode.INVALID_DN_SYNTAX) {
      return new LdapImportException("the base DN is not a valid DN");
    }
    if (code == ResultCode.INSUFFICIENT_ACCESS_RIGHTS) {
      return new LdapImportException("the bind account may not search the base DN");
    }
    if (code == ResultCode.TIMEOUT || code == ResultCode.TIME_LIMIT_EXCEEDED) {
      return new LdapImportException(
          "the directory did not answer a search within "
              + settings.responseTimeout().toMillis()
              + " ms: raise the response time-out or narrow the base");
    }
    if (code == ResultCode.SERVER_DOWN || code == ResultCode.CONNECT_ERROR) {
      return new LdapImportException("the connection to the directory was lost during the search");
    }
    return new LdapImportException("the directory refused the search (" + code.getName() + ")");
  }
}
