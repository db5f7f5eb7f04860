/**
 * Backups of the embedded store: a consistent copy taken while a server may be using it, and a
 * restore that checks the copy before it replaces anything. PostgreSQL is backed up with its own
 * tools ({@code pg_dump}); see the README's "Backups".
 */
@NullMarked
package uk.warden.app.backup;

import org.jspecify.annotations.NullMarked;
