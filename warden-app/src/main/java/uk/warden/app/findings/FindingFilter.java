package uk.warden.app.findings;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import uk.warden.core.findings.Severity;

/** Which findings to list; every part is optional. */
public record FindingFilter(
    @Nullable Severity severity,
    @Nullable String rule,
    @Nullable String party,
    @Nullable String system,
    @Nullable FindingStatus status,
    @Nullable String assignee) {

  public static final FindingFilter ALL = new FindingFilter(null, null, null, null, null, null);

  public boolean matches(ListedFinding listed) {
    return (severity == null || listed.finding().severity() == severity)
        && (rule == null || rule.equals(listed.finding().ruleCode()))
        && (party == null || party.equals(listed.party()))
        && (system == null || system.equals(listed.system()))
        && (status == null || status == listed.status())
        && (assignee == null || assignee.toLowerCase(Locale.ROOT).equals(lower(listed.assignee())));
  }

  private static @Nullable String lower(@Nullable String value) {
    return value == null ? null : value.toLowerCase(Locale.ROOT);
  }
}
