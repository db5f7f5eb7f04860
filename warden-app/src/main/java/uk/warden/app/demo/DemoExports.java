package uk.warden.app.demo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.warden.app.exports.ExportService;
import uk.warden.app.exports.ExtractCheck;
import uk.warden.app.exports.ExtractChecker;
import uk.warden.app.exports.ExtractRequest;
import uk.warden.app.register.PersonFilter;
import uk.warden.app.register.RegisterService;
import uk.warden.core.register.EmploymentStatus;
import uk.warden.core.register.ExtractFormat;

/**
 * The demo's governed exports, so the Exports page and the agreements' pages have a history to
 * show: a batch of named members released to the pensions administrator, the card printer's extract
 * of the whole serving workforce held for a second person (the demo's admin can approve it: the
 * demo made it), and a file from HR that the pensions agreement blocks.
 */
@Component
class DemoExports {

  static final String PENSIONS = "agr-police-pensions";
  static final String CARDS = "agr-id-cards";

  private final ExportService exports;
  private final ExtractChecker checker;
  private final RegisterService register;

  DemoExports(ExportService exports, ExtractChecker checker, RegisterService register) {
    this.exports = exports;
    this.checker = checker;
    this.register = register;
  }

  void load(String by) {
    List<String> members = serving(40);
    if (members.isEmpty()) {
      return;
    }
    exports.export(new ExtractRequest(PENSIONS, members, ExtractFormat.CSV, null, false), by);
    exports.export(new ExtractRequest(CARDS, null, ExtractFormat.CSV, null, false), by);
    StringBuilder fromHr = new StringBuilder("pay_number,surname,vetting_level\n");
    members.subList(0, 5).forEach(pay -> fromHr.append(pay).append(",Unknown,NPPV2\n"));
    ExtractCheck check =
        checker.check(
            PENSIONS,
            "pensions-from-hr.csv",
            fromHr.toString().getBytes(StandardCharsets.UTF_8),
            by);
    exports.keep(check, "pensions-from-hr.csv", by, false);
  }

  private List<String> serving(int count) {
    List<String> payNumbers = new ArrayList<>();
    register.forEachPerson(
        PersonFilter.ALL,
        p -> {
          if (payNumbers.size() < count && p.status() == EmploymentStatus.SERVING) {
            payNumbers.add(p.payNumber());
          }
        });
    return payNumbers;
  }
}
