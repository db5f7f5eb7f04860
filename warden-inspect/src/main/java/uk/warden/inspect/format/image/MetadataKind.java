package uk.warden.inspect.format.image;

/**
 * What a metadata field gives away, in the order a data protection officer would want to hear it.
 * Technical fields (dimensions, colour, exposure, the editing software) are not listed: they say
 * nothing about people or places.
 */
enum MetadataKind {
  GPS("GPS position present"),
  PLACE("place names"),
  PERSON("author, artist, owner or copyright holder"),
  PEOPLE_TAGS("people tagged in the picture"),
  TEXT("descriptive text (description, comment, title or keywords)"),
  DATE_TAKEN("date taken"),
  CAMERA("camera make and model"),
  DEVICE_ID("device serial number or computer name"),
  THUMBNAIL("an embedded preview thumbnail (it may show the picture before cropping)"),
  RAW_PROFILE("a metadata profile stored as a text chunk");

  private final String description;

  MetadataKind(String description) {
    this.description = description;
  }

  String description() {
    return description;
  }

  /** Whether the field's value is text worth scanning for personal data. */
  boolean textual() {
    return this == PLACE || this == PERSON || this == PEOPLE_TAGS || this == TEXT;
  }
}
