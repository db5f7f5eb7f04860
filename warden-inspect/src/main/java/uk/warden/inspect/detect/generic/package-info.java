/**
 * Detectors for identifiers that are not specific to the UK: e-mail addresses, payment cards,
 * IBANs, IP addresses, dates of birth and secrets (passwords, door and access codes, API keys,
 * private keys). Secrets are not personal data, but the 2025 Wiltshire leak of a document of door
 * codes and passwords showed that they travel in the same files (DOMAIN.md §8.2).
 */
@NullMarked
package uk.warden.inspect.detect.generic;

import org.jspecify.annotations.NullMarked;
