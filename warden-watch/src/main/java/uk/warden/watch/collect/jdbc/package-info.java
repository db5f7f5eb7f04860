/** Counting rows in a database through JDBC, read-only, with timeouts. */
@NullMarked
package uk.warden.watch.collect.jdbc;

import org.jspecify.annotations.NullMarked;
