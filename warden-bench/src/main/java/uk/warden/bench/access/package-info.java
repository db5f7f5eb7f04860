/**
 * Benchmarks of access findings: every standard rule over a million grants and ten million access
 * events against the "under 30 seconds" ({@link uk.warden.bench.access.FindingsStep}), and
 * the access-log reader's throughput in events per second, JSON lines and CSV, against the app's
 * ingest target of 100,000 events a second; and that ingest itself, {@code warden access ingest}
 * into a new embedded store ({@link uk.warden.bench.access.IngestStep}).
 */
@NullMarked
package uk.warden.bench.access;

import org.jspecify.annotations.NullMarked;
