package uk.warden.inspect.format.image;

import com.drew.metadata.Tag;
import com.drew.metadata.iptc.IptcDirectory;
import java.util.Map;

/**
 * IPTC (the press photo standard): everything in the application record is written by a person
 * about the picture, except the record's version.
 */
final class IptcFields {

  private static final Map<Integer, MetadataKind> KINDS =
      Map.ofEntries(
          Map.entry(IptcDirectory.TAG_BY_LINE, MetadataKind.PERSON),
          Map.entry(IptcDirectory.TAG_BY_LINE_TITLE, MetadataKind.PERSON),
          Map.entry(IptcDirectory.TAG_CREDIT, MetadataKind.PERSON),
          Map.entry(IptcDirectory.TAG_SOURCE, MetadataKind.PERSON),
          Map.entry(IptcDirectory.TAG_COPYRIGHT_NOTICE, MetadataKind.PERSON),
          Map.entry(IptcDirectory.TAG_CONTACT, MetadataKind.PERSON),
          Map.entry(IptcDirectory.TAG_CAPTION_WRITER, MetadataKind.PERSON),
          Map.entry(IptcDirectory.TAG_CITY, MetadataKind.PLACE),
          Map.entry(IptcDirectory.TAG_SUB_LOCATION, MetadataKind.PLACE),
          Map.entry(IptcDirectory.TAG_PROVINCE_OR_STATE, MetadataKind.PLACE),
          Map.entry(IptcDirectory.TAG_COUNTRY_OR_PRIMARY_LOCATION_NAME, MetadataKind.PLACE),
          Map.entry(IptcDirectory.TAG_COUNTRY_OR_PRIMARY_LOCATION_CODE, MetadataKind.PLACE),
          Map.entry(IptcDirectory.TAG_DATE_CREATED, MetadataKind.DATE_TAKEN),
          Map.entry(IptcDirectory.TAG_DIGITAL_DATE_CREATED, MetadataKind.DATE_TAKEN));

  private IptcFields() {}

  static void classify(IptcDirectory iptc, MetadataFindings findings) {
    for (Tag tag : iptc.getTags()) {
      int type = tag.getTagType();
      if (type >> 8 != 2 || type == IptcDirectory.TAG_APPLICATION_RECORD_VERSION) {
        continue; // the envelope record and the version are technical
      }
      String value = tag.getDescription();
      if (value != null && !value.isBlank()) {
        findings.add("IPTC", KINDS.getOrDefault(type, MetadataKind.TEXT), value);
      }
    }
  }
}
