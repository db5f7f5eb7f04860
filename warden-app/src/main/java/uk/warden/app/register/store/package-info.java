/**
 * SQL access to the register. Each store keeps its statements as constants at the top and maps rows
 * with small private mappers; statements are portable between H2 and PostgreSQL.
 */
@NullMarked
package uk.warden.app.register.store;

import org.jspecify.annotations.NullMarked;
