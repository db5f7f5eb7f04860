package uk.warden.core.breach;

/** The form's first question: a first report, or more detail on one already made. */
public enum IcoReportType {
  INITIAL("Initial report"),
  FOLLOW_UP("Follow-up report");

  private final String label;

  IcoReportType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
