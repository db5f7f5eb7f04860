package uk.warden.core.register;

/** Cyber Essentials certification held by a party: self-assessed, or independently tested. */
public enum CyberEssentials {
  NONE,
  BASIC,
  PLUS
}
