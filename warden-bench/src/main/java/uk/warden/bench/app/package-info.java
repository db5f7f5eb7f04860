/**
 * The application benchmarks: the national ledger loaded into the app's embedded store, the cold
 * CLI and the running server's impact API timed as separate processes, each answer checked against
 * the in-memory engine's.
 */
@NullMarked
package uk.warden.bench.app;

import org.jspecify.annotations.NullMarked;
