/**
 * Findings: rules kept as data ({@code rules.yaml}), each evaluated by the code of its check over
 * one {@link uk.warden.core.findings.FindingsInput} snapshot of the register, custody holdings and
 * access, giving {@link uk.warden.core.findings.Finding}s with their evidence and a suggested fix.
 *
 * <p>A rule says what to look for and how bad it is (code, severity, title, explanation, what the
 * evidence shows, the fix, and parameters such as a number of days); a check is the code that looks
 * (one class per kind of check). Several rules may share a check with different parameters. A force
 * tunes the rules by editing a copy of the file; a bad file is refused with every problem named by
 * rule and field.
 *
 * <p>Each finding has a stable {@link uk.warden.core.findings.Finding#key()} (rule, subject kind,
 * subject id and, where a subject has several, a qualifier such as the system), so the app can keep
 * a finding's state (assigned, resolved with a note, reopened) from one evaluation to the next.
 * Evidence holds counts, dates, codes and category names; of people, at most a principal id or a
 * pay number.
 */
@NullMarked
package uk.warden.core.findings;

import org.jspecify.annotations.NullMarked;
