package uk.warden.inspect.format.pdf;

/** The text of one page that one {@link Hiding} keeps out of sight. */
record HiddenText(Hiding hiding, String text, int characters) {}
