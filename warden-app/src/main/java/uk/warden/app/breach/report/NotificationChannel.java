package uk.warden.app.breach.report;

/** How to tell an exposed person about the breach; see {@link ChannelRule} for who gets which. */
public enum NotificationChannel {
  IN_PERSON("In person by line manager or welfare officer, then in writing"),
  LETTER_HOME("Letter to last known home address, via HR or pensions"),
  EMPLOYER_CONTACT("Through their employer's point of contact"),
  WORK_EMAIL("Work email"),
  TRACE_FIRST("Trace through HR first: not in the register");

  private final String label;

  NotificationChannel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
