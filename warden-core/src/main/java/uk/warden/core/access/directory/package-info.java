/**
 * Importing a force's identity and access directory into an {@link
 * uk.warden.core.access.AccessDirectory}: from the three CSV files an IAM export produces ({@link
 * uk.warden.core.access.directory.DirectoryCsvReader}), or straight from LDAP or Active Directory
 * ({@link uk.warden.core.access.directory.LdapDirectoryReader}).
 *
 * <p>The CSV import is all or nothing, like the access-log reader: every problem is reported with
 * its file, line and column, and any problem refuses the whole directory, because findings over
 * half a directory would miss exactly the grants that failed to read. Problems and summaries carry
 * ids and counts, never names: a bad cell is quoted only when it looks like a date or a code.
 *
 * <p>Both readers bound the work a hostile or huge source can cause: line length and row count for
 * files, time-outs and an entry limit for directories.
 */
@NullMarked
package uk.warden.core.access.directory;

import org.jspecify.annotations.NullMarked;
