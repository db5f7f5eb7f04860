/**
 * A seeded, deterministic synthetic police force for demos, tests and benchmarks: units, people,
 * suppliers, systems and agreements, with deliberate problems planted for Warden to find.
 *
 * <p>Entry points are {@link uk.warden.synth.ForceSpec} and {@link uk.warden.synth.SyntheticForce}
 * (with the force's three-year {@link uk.warden.synth.CustodyHistory} and breach scenario, whose
 * stories {@link uk.warden.synth.SyntheticCustody} tells), and {@link
 * uk.warden.synth.SyntheticLedger} for the national-scale custody ledger of the benchmarks;
 * everything else is package-private.
 */
@NullMarked
package uk.warden.synth;

import org.jspecify.annotations.NullMarked;
