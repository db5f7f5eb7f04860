package uk.warden.synth.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.warden.core.access.AccessType;
import uk.warden.core.access.Grant;
import uk.warden.core.access.Operation;
import uk.warden.core.access.Principal;

/**
 * The force's machine identities, each with the grants its job needs and a purpose saying what that
 * job is; they run every weekday. Planted: a reporting account set up for a one-off extract with
 * export rights on the records system and no purpose ever recorded.
 */
final class ServiceAccounts {

  /** What one service account does each weekday on one system. */
  record Job(
      String account, String system, AccessType type, @Nullable String purpose, Operation op) {}

  static final List<Job> JOBS =
      List.of(
          new Job(
              "svc-directory-sync",
              "hr-erp",
              AccessType.READ,
              "Nightly HR to directory synchronisation",
              Operation.CONSULT),
          new Job(
              "svc-directory-sync",
              "force-directory",
              AccessType.ADMINISTER,
              "Nightly HR to directory synchronisation",
              Operation.ALTER),
          new Job(
              "svc-payroll-feed",
              "hr-erp",
              AccessType.EXPORT,
              "Payroll changes file to the payroll bureau",
              Operation.DISCLOSE),
          new Job(
              "svc-card-feed",
              "hr-erp",
              AccessType.EXPORT,
              "Card holder changes to the pass office and card maker",
              Operation.DISCLOSE),
          new Job(
              "svc-bwv-ingest",
              "bwv-evidence",
              AccessType.ADMINISTER,
              "Upload footage from body-worn camera docks",
              Operation.COLLECT),
          new Job(
              "svc-backup",
              "hr-erp-backup",
              AccessType.ADMINISTER,
              "Verify the HR system's backups",
              Operation.CONSULT));

  static final Job PLANTED =
      new Job(
          "svc-report-extract", "records-management", AccessType.EXPORT, null, Operation.DISCLOSE);

  private ServiceAccounts() {}

  static List<Job> jobs(boolean planted) {
    List<Job> jobs = new ArrayList<>(JOBS);
    if (planted) {
      jobs.add(PLANTED);
    }
    return jobs;
  }

  static List<Principal> principals(List<Job> jobs) {
    List<String> ids = new ArrayList<>();
    for (Job job : jobs) {
      if (!ids.contains(job.account())) {
        ids.add(job.account());
      }
    }
    return ids.stream().map(Principal::serviceAccount).toList();
  }

  static List<Grant> grants(List<Job> jobs, Clock clock) {
    List<Grant> grants = new ArrayList<>();
    for (Job job : jobs) {
      grants.add(
          new Grant(
              "g-" + job.account() + "-" + job.system(),
              job.account(),
              job.system(),
              Set.of(),
              job.type(),
              job.purpose(),
              "digital-services",
              clock.daysAgo(job.purpose() == null ? 150 : 900),
              null,
              clock.daysAgo(1)));
    }
    return grants;
  }
}
