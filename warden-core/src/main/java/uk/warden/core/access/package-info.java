/**
 * Who can reach the force's data, and who did: principals (users, groups, service accounts and
 * supplier staff), group membership, access grants and the access events of DOMAIN.md §2.2, with
 * the per-principal daily volumes that the findings engine compares against peers.
 *
 * <p>A user may be linked to a register {@link uk.warden.core.register.Person} by pay number, so
 * that a leaver or a lapsed clearance in the register shows up against the access it still holds.
 * Identifiers here are principal ids and pay numbers; names never appear in this package's output.
 *
 * <p>Everything is a value or an immutable index; parsing access logs is {@link
 * uk.warden.core.access.ingest}.
 */
@NullMarked
package uk.warden.core.access;

import org.jspecify.annotations.NullMarked;
