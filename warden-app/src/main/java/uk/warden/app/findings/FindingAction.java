package uk.warden.app.findings;

/** What someone did to a finding, as its history records it. */
public enum FindingAction {
  ASSIGN,
  RESOLVE,
  REOPEN
}
