package uk.warden.core.access.directory;

/**
 * Counts of what an LDAP import read and what it left out, never names: enough to tell a complete
 * read from one that needs its filters or base looked at.
 *
 * @param users users read, service accounts included
 * @param disabledUsers of those, disabled
 * @param serviceAccounts of those, marked as service accounts
 * @param groups groups read
 * @param memberships memberships kept, group-in-group included
 * @param membersOutsideBase member DNs outside the base, skipped
 * @param membersUnresolved member DNs inside the base that name no user or group read (a computer,
 *     a contact, an entry the filters left out), skipped
 * @param entriesWithoutId entries with no usable id attribute (or an id with spaces), skipped
 * @param duplicateIds entries whose id another entry already had, skipped
 * @param groupsWithRangedMembers AD groups too large to list their members in one answer, whose
 *     members beyond the first range were not read
 * @param pages pages of search results read
 */
public record LdapSummary(
    int users,
    int disabledUsers,
    int serviceAccounts,
    int groups,
    int memberships,
    int membersOutsideBase,
    int membersUnresolved,
    int entriesWithoutId,
    int duplicateIds,
    int groupsWithRangedMembers,
    int pages) {}
