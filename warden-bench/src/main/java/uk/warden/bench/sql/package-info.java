/**
 * The SQL baseline of the impact benchmark: the same ledger in person-per-row tables on H2 (the
 * embedded store's engine) and optionally PostgreSQL, the same counts by joins and GROUP BY,
 * checked equal to the engine's and timed in the same run.
 */
@NullMarked
package uk.warden.bench.sql;

import org.jspecify.annotations.NullMarked;
