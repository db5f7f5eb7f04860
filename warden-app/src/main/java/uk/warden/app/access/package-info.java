/**
 * The access register: principals, memberships and grants imported from CSV or LDAP, and access
 * events ingested from logs.
 */
@NullMarked
package uk.warden.app.access;

import org.jspecify.annotations.NullMarked;
