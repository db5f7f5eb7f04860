/** Storage of inspections and release decisions, with JdbcClient over H2 or PostgreSQL. */
@NullMarked
package uk.warden.app.disclosure.store;

import org.jspecify.annotations.NullMarked;
