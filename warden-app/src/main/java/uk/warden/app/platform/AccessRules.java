package uk.warden.app.platform;

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

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import uk.warden.app.account.Action;

/**
 * Which action of the matrix each page and API path is: the one place that says so. Rules are tried
 * in order and the first that matches decides, so narrower paths come before the wider ones that
 * contain them. A path no rule names is refused to everyone: a new endpoint is closed until someone
 * decides which action it is.
 */
final class AccessRules {

  /** One rule: requests with this method (any, when null) to any of these paths are the action. */
  record Rule(@Nullable HttpMethod method, Action action, String... paths) {}

  private static final HttpMethod GET = HttpMethod.GET;
  private static final HttpMethod POST = HttpMethod.POST;
  private static final HttpMethod PUT = HttpMethod.PUT;
  private static final HttpMethod DELETE = HttpMethod.DELETE;

  private static final String[] REGISTER_API = {
    "/api/v1/people/**",
    "/api/v1/parties/**",
    "/api/v1/systems/**",
    "/api/v1/agreements/**",
    "/api/v1/imports/**"
  };

  static final List<Rule> API =
      List.of(
          new Rule(null, READ_AUDIT_LOG, "/api/v1/audit/**"),
          new Rule(null, MANAGE_OWN_TOKENS, "/api/v1/tokens/**"),
          new Rule(GET, READ_NAMES, "/api/v1/people/*", "/api/v1/people/*/**"),
          new Rule(GET, EXPORT_NOTIFICATION_LIST, "/api/v1/incidents/*/notification-list"),
          new Rule(
              GET,
              READ_REGISTER,
              "/api/v1/people",
              "/api/v1/parties/**",
              "/api/v1/systems/**",
              "/api/v1/agreements/**",
              "/api/v1/categories",
              "/api/v1/ranks",
              "/api/v1/units",
              "/api/v1/dashboard",
              "/api/v1/imports",
              "/api/v1/transfers/**",
              "/api/v1/deletions",
              "/api/v1/incidents/**",
              "/api/v1/impact",
              "/api/v1/inspections/**",
              "/api/v1/exports",
              "/api/v1/exports/*",
              "/api/v1/watch/**",
              "/api/v1/access",
              "/api/v1/findings/**",
              "/api/v1/suppliers/**",
              "/api/v1/reviews/**"),
          new Rule(
              POST, DECLARE_INCIDENTS, "/api/v1/incidents", "/api/v1/watch/findings/*/incident"),
          new Rule(PUT, DECLARE_INCIDENTS, "/api/v1/incidents/*"),
          new Rule(POST, RECORD_CUSTODY, "/api/v1/transfers", "/api/v1/deletions"),
          new Rule(POST, DECIDE_RELEASES, "/api/v1/inspections/*/decisions"),
          new Rule(POST, INSPECT_FILES, "/api/v1/inspections"),
          new Rule(GET, MAKE_EXTRACTS, "/api/v1/exports/*/file"),
          new Rule(POST, MAKE_EXTRACTS, "/api/v1/exports", "/api/v1/exports/checks"),
          new Rule(POST, APPROVE_EXTRACTS, "/api/v1/exports/*/approval"),
          new Rule(POST, TRACE_FILES, "/api/v1/exports/traces"),
          new Rule(POST, TRIAGE_FINDINGS, "/api/v1/findings/decisions"),
          new Rule(POST, RUN_ACCESS_REVIEWS, "/api/v1/reviews/**"),
          new Rule(
              POST,
              FEED_MONITORING,
              "/api/v1/snapshots",
              "/api/v1/access-events",
              "/api/v1/watch/**"),
          new Rule(POST, EDIT_REGISTER, REGISTER_API),
          new Rule(PUT, EDIT_REGISTER, REGISTER_API),
          new Rule(DELETE, EDIT_REGISTER, REGISTER_API));

  static final List<Rule> WEB =
      List.of(
          new Rule(null, READ_AUDIT_LOG, "/audit/**"),
          new Rule(null, MANAGE_OWN_TOKENS, "/tokens/**"),
          new Rule(null, USE_WARDEN, "/reason"),
          new Rule(POST, USE_WARDEN, "/logout"),
          new Rule(
              GET,
              USE_WARDEN,
              "/v3/api-docs/**",
              "/v3/api-docs.yaml",
              "/api-docs",
              "/swagger-ui/**"),
          new Rule(GET, READ_NAMES, "/people/*"),
          new Rule(GET, EXPORT_NOTIFICATION_LIST, "/incidents/*/notification-list.csv"),
          new Rule(GET, MAKE_EXTRACTS, "/exports/*/file"),
          new Rule(
              GET,
              READ_REGISTER,
              "/",
              "/people",
              "/parties/**",
              "/systems/**",
              "/agreements/**",
              "/imports",
              "/incidents/**",
              "/impact",
              "/disclosures/**",
              "/exports",
              "/exports/*",
              "/findings/**",
              "/suppliers/**",
              "/reviews/**",
              "/watch/**"),
          new Rule(POST, DECLARE_INCIDENTS, "/incidents", "/watch/findings/*/incident"),
          new Rule(POST, DECIDE_RELEASES, "/disclosures/*/decisions"),
          new Rule(POST, INSPECT_FILES, "/disclosures"),
          new Rule(POST, MAKE_EXTRACTS, "/exports", "/exports/checks"),
          new Rule(POST, APPROVE_EXTRACTS, "/exports/*/approval"),
          new Rule(POST, TRACE_FILES, "/exports/traces"),
          new Rule(POST, EDIT_REGISTER, "/agreements/*/extract-rules"),
          new Rule(POST, TRIAGE_FINDINGS, "/findings/decisions"),
          new Rule(POST, RUN_ACCESS_REVIEWS, "/reviews/**"),
          new Rule(POST, EDIT_REGISTER, "/imports/**"));

  private AccessRules() {}

  /** Adds the rules in order, then refuses whatever they do not name. */
  static void apply(
      List<Rule> rules,
      AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry auth) {
    for (Rule rule : rules) {
      var matcher =
          rule.method() == null
              ? auth.requestMatchers(rule.paths())
              : auth.requestMatchers(rule.method(), rule.paths());
      matcher.hasAnyAuthority(Permissions.authoritiesFor(rule.action()));
    }
    auth.anyRequest().denyAll();
  }
}
