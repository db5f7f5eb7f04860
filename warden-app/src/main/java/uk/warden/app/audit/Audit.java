package uk.warden.app.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import uk.warden.app.platform.ReasonRequiredException;
import uk.warden.app.platform.RequestedPage;
import uk.warden.core.access.Channel;
import uk.warden.core.access.Operation;
import uk.warden.core.audit.AuditEvent;
import uk.warden.core.audit.Outcome;

/**
 * What faces call to put what the current user did on record. Who, from where and by which channel
 * come from the request being served (or, for a command, from the operating system user on this
 * host), so a call names only what was done and to which records.
 */
@Component
public class Audit {

  /** Set on a request once it has put something on record, so it is not recorded twice. */
  public static final String AUDITED = Audit.class.getName() + ".audited";

  /** The header an API client gives a reason in. */
  public static final String REASON_HEADER = "X-Warden-Reason";

  private final AuditService log;
  private final ReasonPolicy reasons;
  private final Clock clock;

  public Audit(AuditService log, ReasonPolicy reasons, Clock clock) {
    this.log = log;
    this.reasons = reasons;
    this.clock = clock;
  }

  /** Records were put in front of the user. */
  public void consulted(String action, List<String> records, long count, @Nullable String reason) {
    append(Operation.CONSULT, action, records, count, List.of(), reason, null, Outcome.DONE, null);
  }

  /** Records left Warden: a download, a report, an extract for a party. */
  public void disclosed(
      String action,
      List<String> records,
      long count,
      List<String> recipients,
      @Nullable String reason) {
    append(
        Operation.DISCLOSE,
        action,
        records,
        count,
        recipients,
        reason,
        Channel.EXPORT,
        Outcome.DONE,
        null);
  }

  /** Records were added, changed or erased. */
  public void changed(Operation operation, String action, List<String> records, long count) {
    append(operation, action, records, count, List.of(), null, null, Outcome.DONE, null);
  }

  /** A change to how Warden itself is run: a user, a role, a grant, a token, a key. */
  public void administered(String action, List<String> targets) {
    append(null, action, targets, targets.size(), List.of(), null, null, Outcome.DONE, null);
  }

  /** A security event with no personal data: a sign-in, a token, a key, a backup. */
  public void security(String action, @Nullable String actor, Outcome outcome) {
    append(null, action, List.of(), 0, List.of(), null, null, outcome, actor);
  }

  /**
   * The reason given for this action in the current request (the {@value #REASON_HEADER} header, or
   * what the web user gave on the reason page), or the one a command was given; refuses when the
   * force asks for one and none was given.
   */
  public @Nullable String reasonFor(
      String action, List<String> records, @Nullable String commandReason) {
    String given = ReasonPolicy.clean(commandReason);
    HttpServletRequest request = request();
    if (given == null && request != null) {
      given = ReasonPolicy.clean(request.getHeader(REASON_HEADER));
      HttpSession session = request.getSession(false);
      if (given == null && session != null) {
        given = GivenReasons.find(session, RequestedPage.of(request), clock.instant());
      }
    }
    if (given == null && reasons.requires(action)) {
      append(null, action, records, records.size(), List.of(), null, null, Outcome.REFUSED, null);
      throw new ReasonRequiredException(action);
    }
    return given;
  }

  private void append(
      @Nullable Operation operation,
      String action,
      List<String> records,
      long count,
      List<String> recipients,
      @Nullable String reason,
      @Nullable Channel channel,
      Outcome outcome,
      @Nullable String actorOverride) {
    HttpServletRequest request = request();
    if (request != null) {
      request.setAttribute(AUDITED, Boolean.TRUE);
    }
    Authentication auth = signedIn();
    String actor =
        actorOverride != null
            ? actorOverride
            : auth != null ? auth.getName() : commandActor(request);
    boolean api = request != null && request.getRequestURI().startsWith("/api/");
    Channel via =
        api ? Channel.API : channel != null ? channel : request == null ? null : Channel.SCREEN;
    log.append(
        new AuditEvent(
            clock.instant(),
            actor,
            role(auth),
            operation,
            action,
            references(records),
            Math.max(count, records.size()),
            references(recipients),
            via,
            request == null ? "cli@" + host() : request.getRemoteAddr(),
            ReasonPolicy.clean(reason),
            outcome));
  }

  private static @Nullable Authentication signedIn() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()
        ? null
        : auth;
  }

  private static String commandActor(@Nullable HttpServletRequest request) {
    return request == null ? "cli:" + System.getProperty("user.name", "unknown") : "anonymous";
  }

  private static @Nullable String role(@Nullable Authentication auth) {
    if (auth == null) {
      return null;
    }
    return auth.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .filter(a -> a != null && a.startsWith("ROLE_"))
        .map(a -> a.substring(5))
        .findFirst()
        .orElse(null);
  }

  /** References are kept space-separated: a space inside one would split it. */
  private static List<String> references(List<String> refs) {
    return refs.stream().map(r -> r.strip().replaceAll("\\s+", "_")).toList();
  }

  /** This host's name, for entries and syslog messages a command makes. */
  public static String host() {
    String host = System.getenv("HOSTNAME");
    return host == null || host.isBlank() ? "localhost" : host;
  }

  private static @Nullable HttpServletRequest request() {
    return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
        ? a.getRequest()
        : null;
  }
}
