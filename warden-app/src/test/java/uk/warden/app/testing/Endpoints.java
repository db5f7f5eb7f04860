package uk.warden.app.testing;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;
import static uk.warden.app.account.Action.APPROVE_EXTRACTS;
import static uk.warden.app.account.Action.DECIDE_RELEASES;
import static uk.warden.app.account.Action.DECLARE_INCIDENTS;
import static uk.warden.app.account.Action.EDIT_REGISTER;
import static uk.warden.app.account.Action.EXPORT_NOTIFICATION_LIST;
import static uk.warden.app.account.Action.FEED_MONITORING;
import static uk.warden.app.account.Action.INSPECT_FILES;
import static uk.warden.app.account.Action.MAKE_EXTRACTS;
import static uk.warden.app.account.Action.MANAGE_OWN_TOKENS;
import static uk.warden.app.account.Action.READ_AUDIT_LOG;
import static uk.warden.app.account.Action.READ_NAMES;
import static uk.warden.app.account.Action.READ_REGISTER;
import static uk.warden.app.account.Action.RECORD_CUSTODY;
import static uk.warden.app.account.Action.RUN_ACCESS_REVIEWS;
import static uk.warden.app.account.Action.TRACE_FILES;
import static uk.warden.app.account.Action.TRIAGE_FINDINGS;
import static uk.warden.app.account.Action.USE_WARDEN;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import uk.warden.app.account.Action;

/**
 * Every API endpoint and every page and form, each with a concrete path and the action of the role
 * × action matrix it needs, written down independently of the security rules so that tests can hold
 * the rules to it. {@link #missingFrom} keeps both lists complete against the handler mappings: an
 * endpoint added without a line here fails the tests that walk them.
 */
public final class Endpoints {

  /** One request to make; {@code action} null means public, open even to the signed-out. */
  public record Endpoint(HttpMethod method, String path, @Nullable Action action) {
    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  public static final List<Endpoint> API =
      List.of(
          e(GET, "/api/v1/people", READ_REGISTER),
          e(GET, "/api/v1/people/P1", READ_NAMES),
          e(GET, "/api/v1/people/P1/locations", READ_NAMES),
          e(POST, "/api/v1/people", EDIT_REGISTER),
          e(PUT, "/api/v1/people/P1", EDIT_REGISTER),
          e(GET, "/api/v1/parties", READ_REGISTER),
          e(GET, "/api/v1/parties/acme", READ_REGISTER),
          e(GET, "/api/v1/parties/acme/exposure", READ_REGISTER),
          e(POST, "/api/v1/parties", EDIT_REGISTER),
          e(PUT, "/api/v1/parties/acme", EDIT_REGISTER),
          e(DELETE, "/api/v1/parties/acme", EDIT_REGISTER),
          e(GET, "/api/v1/systems", READ_REGISTER),
          e(GET, "/api/v1/systems/payroll", READ_REGISTER),
          e(POST, "/api/v1/systems", EDIT_REGISTER),
          e(PUT, "/api/v1/systems/payroll", EDIT_REGISTER),
          e(DELETE, "/api/v1/systems/payroll", EDIT_REGISTER),
          e(GET, "/api/v1/agreements", READ_REGISTER),
          e(GET, "/api/v1/agreements/deal", READ_REGISTER),
          e(POST, "/api/v1/agreements", EDIT_REGISTER),
          e(PUT, "/api/v1/agreements/deal", EDIT_REGISTER),
          e(DELETE, "/api/v1/agreements/deal", EDIT_REGISTER),
          e(GET, "/api/v1/categories", READ_REGISTER),
          e(GET, "/api/v1/ranks", READ_REGISTER),
          e(GET, "/api/v1/units", READ_REGISTER),
          e(GET, "/api/v1/dashboard", READ_REGISTER),
          e(GET, "/api/v1/imports", READ_REGISTER),
          e(POST, "/api/v1/imports/people", EDIT_REGISTER),
          e(POST, "/api/v1/imports/register", EDIT_REGISTER),
          e(GET, "/api/v1/tokens", MANAGE_OWN_TOKENS),
          e(POST, "/api/v1/tokens", MANAGE_OWN_TOKENS),
          e(DELETE, "/api/v1/tokens/abc", MANAGE_OWN_TOKENS),
          e(GET, "/api/v1/transfers", READ_REGISTER),
          e(GET, "/api/v1/transfers/1", READ_REGISTER),
          e(POST, "/api/v1/transfers", RECORD_CUSTODY),
          e(GET, "/api/v1/deletions", READ_REGISTER),
          e(POST, "/api/v1/deletions", RECORD_CUSTODY),
          e(GET, "/api/v1/parties/acme/holdings", READ_REGISTER),
          e(GET, "/api/v1/parties/acme/holdings/history", READ_REGISTER),
          e(GET, "/api/v1/incidents", READ_REGISTER),
          e(POST, "/api/v1/incidents", DECLARE_INCIDENTS),
          e(GET, "/api/v1/incidents/INC-1", READ_REGISTER),
          e(PUT, "/api/v1/incidents/INC-1", DECLARE_INCIDENTS),
          e(GET, "/api/v1/incidents/INC-1/impact", READ_REGISTER),
          e(GET, "/api/v1/incidents/INC-1/report", READ_REGISTER),
          e(GET, "/api/v1/incidents/INC-1/report.pdf", READ_REGISTER),
          e(GET, "/api/v1/incidents/INC-1/notification-list", EXPORT_NOTIFICATION_LIST),
          e(GET, "/api/v1/impact", READ_REGISTER),
          e(GET, "/api/v1/inspections", READ_REGISTER),
          e(POST, "/api/v1/inspections", INSPECT_FILES),
          e(GET, "/api/v1/inspections/1", READ_REGISTER),
          e(POST, "/api/v1/inspections/1/decisions", DECIDE_RELEASES),
          e(GET, "/api/v1/exports", READ_REGISTER),
          e(POST, "/api/v1/exports", MAKE_EXTRACTS),
          e(GET, "/api/v1/exports/1", READ_REGISTER),
          e(GET, "/api/v1/exports/1/file", MAKE_EXTRACTS),
          e(POST, "/api/v1/exports/1/approval", APPROVE_EXTRACTS),
          e(POST, "/api/v1/exports/checks", MAKE_EXTRACTS),
          e(POST, "/api/v1/exports/traces", TRACE_FILES),
          e(POST, "/api/v1/snapshots", FEED_MONITORING),
          e(GET, "/api/v1/watch", READ_REGISTER),
          e(GET, "/api/v1/watch/systems/bwv", READ_REGISTER),
          e(GET, "/api/v1/watch/findings", READ_REGISTER),
          e(POST, "/api/v1/watch/expected-changes", FEED_MONITORING),
          e(POST, "/api/v1/watch/findings/1/incident", DECLARE_INCIDENTS),
          e(POST, "/api/v1/watch/migrations", FEED_MONITORING),
          e(POST, "/api/v1/watch/migrations/1/after", FEED_MONITORING),
          e(GET, "/api/v1/watch/migrations/1", READ_REGISTER),
          e(POST, "/api/v1/access-events", FEED_MONITORING),
          e(GET, "/api/v1/access", READ_REGISTER),
          e(GET, "/api/v1/findings", READ_REGISTER),
          e(GET, "/api/v1/findings/one", READ_REGISTER),
          e(POST, "/api/v1/findings/decisions", TRIAGE_FINDINGS),
          e(GET, "/api/v1/suppliers/risk", READ_REGISTER),
          e(GET, "/api/v1/reviews", READ_REGISTER),
          e(POST, "/api/v1/reviews", RUN_ACCESS_REVIEWS),
          e(GET, "/api/v1/reviews/1", READ_REGISTER),
          e(POST, "/api/v1/reviews/1/decisions", RUN_ACCESS_REVIEWS),
          e(GET, "/api/v1/reviews/1/tasks", READ_REGISTER),
          e(POST, "/api/v1/reviews/1/tasks/1/done", RUN_ACCESS_REVIEWS),
          e(POST, "/api/v1/reviews/1/close", RUN_ACCESS_REVIEWS),
          e(GET, "/api/v1/reviews/1/export.csv", READ_REGISTER),
          e(GET, "/api/v1/reviews/1/export.pdf", READ_REGISTER),
          e(GET, "/api/v1/audit", READ_AUDIT_LOG),
          e(GET, "/api/v1/audit/verify", READ_AUDIT_LOG),
          e(GET, "/api/v1/audit/entries", READ_AUDIT_LOG));

  /** Pages, downloads and forms; the POSTs are every form the pages carry. */
  public static final List<Endpoint> WEB =
      List.of(
          e(GET, "/login", null),
          e(GET, "/error", null),
          e(GET, "/", READ_REGISTER),
          e(GET, "/people", READ_REGISTER),
          e(GET, "/people/P1", READ_NAMES),
          e(GET, "/parties", READ_REGISTER),
          e(GET, "/parties/acme", READ_REGISTER),
          e(GET, "/systems", READ_REGISTER),
          e(GET, "/systems/payroll", READ_REGISTER),
          e(GET, "/agreements", READ_REGISTER),
          e(GET, "/agreements/deal", READ_REGISTER),
          e(GET, "/imports", READ_REGISTER),
          e(POST, "/imports/people", EDIT_REGISTER),
          e(POST, "/imports/register", EDIT_REGISTER),
          e(GET, "/tokens", MANAGE_OWN_TOKENS),
          e(POST, "/tokens", MANAGE_OWN_TOKENS),
          e(POST, "/tokens/abc/revoke", MANAGE_OWN_TOKENS),
          e(GET, "/reason", USE_WARDEN),
          e(POST, "/reason", USE_WARDEN),
          e(POST, "/logout", USE_WARDEN),
          e(GET, "/v3/api-docs", USE_WARDEN),
          e(GET, "/v3/api-docs.yaml", USE_WARDEN),
          e(GET, "/v3/api-docs/swagger-config", USE_WARDEN),
          e(GET, "/api-docs", USE_WARDEN),
          e(GET, "/audit", READ_AUDIT_LOG),
          e(GET, "/audit/verify", READ_AUDIT_LOG),
          e(GET, "/incidents", READ_REGISTER),
          e(POST, "/incidents", DECLARE_INCIDENTS),
          e(GET, "/incidents/INC-1", READ_REGISTER),
          e(GET, "/incidents/INC-1/report.pdf", READ_REGISTER),
          e(GET, "/incidents/INC-1/notification-list.csv", EXPORT_NOTIFICATION_LIST),
          e(GET, "/impact", READ_REGISTER),
          e(GET, "/disclosures", READ_REGISTER),
          e(POST, "/disclosures", INSPECT_FILES),
          e(GET, "/disclosures/1", READ_REGISTER),
          e(POST, "/disclosures/1/decisions", DECIDE_RELEASES),
          e(GET, "/exports", READ_REGISTER),
          e(POST, "/exports", MAKE_EXTRACTS),
          e(GET, "/exports/1", READ_REGISTER),
          e(GET, "/exports/1/file", MAKE_EXTRACTS),
          e(POST, "/exports/1/approval", APPROVE_EXTRACTS),
          e(POST, "/exports/checks", MAKE_EXTRACTS),
          e(POST, "/exports/traces", TRACE_FILES),
          e(POST, "/agreements/agr-1/extract-rules", EDIT_REGISTER),
          e(GET, "/findings", READ_REGISTER),
          e(GET, "/findings/one", READ_REGISTER),
          e(POST, "/findings/decisions", TRIAGE_FINDINGS),
          e(GET, "/suppliers/risk", READ_REGISTER),
          e(GET, "/reviews", READ_REGISTER),
          e(POST, "/reviews", RUN_ACCESS_REVIEWS),
          e(GET, "/reviews/1", READ_REGISTER),
          e(POST, "/reviews/1/items/1", RUN_ACCESS_REVIEWS),
          e(POST, "/reviews/1/tasks/1/done", RUN_ACCESS_REVIEWS),
          e(POST, "/reviews/1/close", RUN_ACCESS_REVIEWS),
          e(GET, "/reviews/1.csv", READ_REGISTER),
          e(GET, "/reviews/1.pdf", READ_REGISTER),
          e(GET, "/watch", READ_REGISTER),
          e(GET, "/watch/systems/bwv", READ_REGISTER),
          e(GET, "/watch/migrations/1/missing.csv", READ_REGISTER),
          e(POST, "/watch/findings/1/incident", DECLARE_INCIDENTS));

  private Endpoints() {}

  private static Endpoint e(HttpMethod method, String path, @Nullable Action action) {
    return new Endpoint(method, path, action);
  }

  /**
   * The handler mappings whose path the filter accepts and that no endpoint of the list reaches, as
   * {@code METHOD /pattern}.
   */
  public static List<String> missingFrom(
      List<Endpoint> walked, RequestMappingHandlerMapping mappings, Predicate<String> paths) {
    List<String> missing = new ArrayList<>();
    mappings
        .getHandlerMethods()
        .keySet()
        .forEach(
            info -> {
              for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
                if (!paths.test(pattern.getPatternString())) {
                  continue;
                }
                var methods = info.getMethodsCondition().getMethods();
                for (var method :
                    methods.isEmpty()
                        ? List.of(GET)
                        : methods.stream().map(m -> HttpMethod.valueOf(m.name())).toList()) {
                  boolean covered =
                      walked.stream()
                          .anyMatch(
                              w ->
                                  w.method().equals(method)
                                      && pattern.matches(PathContainer.parsePath(w.path())));
                  if (!covered) {
                    missing.add(method + " " + pattern.getPatternString());
                  }
                }
              }
            });
    return missing;
  }
}
