/**
 * The supplier risk score: a number per party that holds the force's data, made of listed
 * contributions (what it holds and how much, its assurance and contract gaps, its open findings),
 * so that a reader sees why one supplier ranks above another and what would bring it down.
 */
@NullMarked
package uk.warden.core.findings.risk;

import org.jspecify.annotations.NullMarked;
