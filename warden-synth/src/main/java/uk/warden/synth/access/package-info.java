/**
 * Synthetic access for the demo force: accounts for the force's people (linked by pay number), role
 * groups, service accounts and supplier staff, their grants, and months of access events, with
 * problems planted so that every findings rule has something to find, and nothing else wrong on
 * purpose.
 *
 * <p>Entry points: {@link uk.warden.synth.access.SyntheticAccess} (from a {@link
 * uk.warden.synth.SyntheticForce} and an {@link uk.warden.synth.access.AccessPlan}) and {@link
 * uk.warden.synth.access.ForceFindingsInput}, which assembles the findings snapshot of a force and
 * its access as the app would from its store.
 */
@NullMarked
package uk.warden.synth.access;

import org.jspecify.annotations.NullMarked;
