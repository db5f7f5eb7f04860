package uk.warden.app.findings;

import java.util.List;
import uk.warden.app.exports.Sighting;
import uk.warden.core.findings.Fact;
import uk.warden.core.findings.Finding;
import uk.warden.core.findings.Severity;
import uk.warden.core.findings.Subject;
import uk.warden.core.findings.SubjectKind;

/**
 * Each sighting of an extract's canaries as a critical finding against the party it went to: the
 * canaries exist nowhere but in that extract, so a file holding them is a copy of it outside the
 * force's control. The key names the sighting, so each file found is resolved on its own.
 */
final class CanarySightings {

  static final String RULE = "canary-sighted";

  private CanarySightings() {}

  static List<Finding> asFindings(List<Sighting> sightings) {
    return sightings.stream().map(CanarySightings::asFinding).toList();
  }

  private static Finding asFinding(Sighting s) {
    var extract = s.extract();
    return new Finding(
        RULE + "/" + SubjectKind.PARTY.keyPart() + "/" + extract.party() + "/" + s.id(),
        RULE,
        RULE,
        Severity.CRITICAL,
        new Subject(SubjectKind.PARTY, extract.party(), null),
        "A copy of an extract was found",
        s.fileName()
            + " holds "
            + s.canariesSeen()
            + " of the "
            + s.canariesSent()
            + " canaries of extract "
            + extract.id()
            + ", sent to "
            + extract.party()
            + " under "
            + extract.agreement()
            + ".",
        "Canaries are people who do not exist, made for one extract only: a file holding them is a"
            + " copy of that extract, wherever it was found. That is a possible personal data"
            + " breach at the party or on the way, and the 72-hour clock may be running.",
        "warden trace on the file found, against the fingerprints of every extract made.",
        List.of(
            new Fact("extract", "Extract", String.valueOf(extract.id())),
            new Fact("transfer", "Transfer", String.valueOf(extract.transferId())),
            new Fact("sent", "Sent", extract.madeAt().toString()),
            new Fact("people", "People in the extract", String.format("%,d", extract.people())),
            new Fact("file", "File found", s.fileName()),
            new Fact("sha256", "Its SHA-256", s.fileSha256()),
            new Fact("seen", "Traced", s.seenAt() + " by " + s.seenBy())),
        "Declare an incident for the party with the extract's transfer as what was exposed, and ask"
            + " the party how the copy left its control.");
  }
}
