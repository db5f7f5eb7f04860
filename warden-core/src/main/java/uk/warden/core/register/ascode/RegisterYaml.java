package uk.warden.core.register.ascode;

import java.io.InputStream;
import uk.warden.core.input.BadInputException;

/**
 * Reads and writes the register file: a force's units, parties, systems and agreements in one YAML
 * document that can be reviewed and versioned like code.
 *
 * <pre>{@code
 * units:
 *   - {code: ct-policing, name: Counter Terrorism Policing, flags: [COUNTER_TERRORISM]}
 * parties:
 *   - code: cardco
 *     name: CardCo Identity Ltd
 *     kind: SUPPLIER                  # INTERNAL | SUPPLIER | SUB_PROCESSOR
 *     assurance:                      # optional, and so is every field in it
 *       cyberEssentials: PLUS         # NONE | BASIC | PLUS
 *       cyberEssentialsExpires: 2026-03-31
 *       iso27001Expires: 2027-01-31
 *       lastAudit: 2025-06-01
 *       lastAuditResult: satisfactory
 *       breachNotificationHours: 24
 *       rightToAudit: true
 *       deleteOrReturnAtExit: true
 *       subProcessorsApproved: false
 *       requiredStaffVetting: NPPV2A  # a ClearanceLevel: RV, NPPV1 ... NPPV3, BPSS, CTC, SC ...
 *       dataLocation: UK
 *   - code: printhub
 *     name: PrintHub Ltd
 *     kind: SUB_PROCESSOR
 *     parent: cardco                  # required for, and only for, a SUB_PROCESSOR
 * systems:
 *   - code: id-card-bureau
 *     name: ID card production system
 *     host: cardco                    # a party code; leave out for an in-house system
 *     marking: OFFICIAL-SENSITIVE     # current tiers, or a legacy marking such as RESTRICTED
 *     categories: [user.name, user.biometric.photo]   # data-category taxonomy keys
 *     records: 45000
 *     population: {kinds: [OFFICER, STAFF], leavers: false}   # or: workforce; or leave out
 *     owner: Head of Estates
 * agreements:
 *   - code: cardco-2021
 *     party: cardco
 *     title: ID card and pass production
 *     purpose: Print warrant cards and building passes
 *     lawfulBasis: Art 6(1)(b) contract
 *     regime: UK_GDPR                 # UK_GDPR | DPA_PART3
 *     categories: [user.name, user.biometric.photo]
 *     start: 2021-04-01
 *     end: 2026-03-31                 # optional, not before start
 *     retentionMonths: 3
 *     exitTerms: Delete all data within 30 days and certify
 *     extracts:                       # optional: what each extract may hold; without it, none
 *       people: units                 # serving | units (serving people of the units) | named
 *       units: [ct-policing]          # only with people: units; codes from units
 *       maxPeople: 5000               # optional: the most people in one extract
 *       maxExtracts: 4                # optional, with perDays: at most 4 extracts in 30 days
 *       perDays: 30
 *       formats: [csv, xlsx]          # csv | xlsx | zip (a CSV with metadata-free photos)
 * }</pre>
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>All four sections are required ({@code agreements: []} when there are none): the file is
 *       the whole register, so a forgotten section would otherwise remove everything of its kind.
 *   <li>Required fields: every entry's {@code code} and {@code name} (an agreement's {@code
 *       title}); a party's {@code kind}; a system's {@code marking}, {@code categories} and {@code
 *       records}; an agreement's {@code party}, {@code regime}, {@code categories} and {@code
 *       start}. Everything else may be left out or written as {@code null}.
 *   <li>Codes are 1-63 lower-case letters, digits or hyphens, unique within their section, and are
 *       how the plan matches file entries to the store. References ({@code host}, {@code party},
 *       {@code parent}) name a party in the same file.
 *   <li>Enum values are case-insensitive and accept {@code -} or a space for {@code _}. Dates are
 *       ISO ({@code 2026-03-31}). Numbers are unquoted decimals, never negative.
 *   <li>Anchors and aliases are allowed (at most 20 aliases of lists or mappings, so an alias bomb
 *       is refused); merge keys ({@code <<}) and custom tags are not.
 * </ul>
 *
 * <p>A file with any problem is refused as a whole with a {@link BadInputException} listing every
 * problem, each with the file name, a path such as {@code parties[2] (cardco).kind} (indexes count
 * from 0) and the 1-based line.
 */
public final class RegisterYaml {

  private RegisterYaml() {}

  /**
   * Reads and validates a register file.
   *
   * @param sourceName the file name shown in problems, never its contents
   * @throws BadInputException listing every problem, when there is any
   */
  public static RegisterSpec read(String sourceName, InputStream in) {
    return SpecReader.read(sourceName, in);
  }

  /** Writes a register that {@link #read} parses back to an equal {@link RegisterSpec}. */
  public static String write(RegisterSpec spec) {
    return SpecWriter.write(spec);
  }
}
