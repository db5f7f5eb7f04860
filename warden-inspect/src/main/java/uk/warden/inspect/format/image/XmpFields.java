package uk.warden.inspect.format.image;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * XMP property paths (as flattened by the metadata library, e.g. {@code dc:creator[1]}) sorted into
 * what they give away; unlisted paths (tool names, document ids, edit history, exposure) are
 * technical.
 */
final class XmpFields {

  private record Rule(String prefix, MetadataKind kind) {}

  private static final List<Rule> RULES =
      List.of(
          new Rule("exif:GPS", MetadataKind.GPS),
          new Rule("tiff:Make", MetadataKind.CAMERA),
          new Rule("tiff:Model", MetadataKind.CAMERA),
          new Rule("exif:DateTimeOriginal", MetadataKind.DATE_TAKEN),
          new Rule("photoshop:DateCreated", MetadataKind.DATE_TAKEN),
          new Rule("dc:creator", MetadataKind.PERSON),
          new Rule("dc:rights", MetadataKind.PERSON),
          new Rule("tiff:Artist", MetadataKind.PERSON),
          new Rule("tiff:Copyright", MetadataKind.PERSON),
          new Rule("xmpRights:", MetadataKind.PERSON),
          new Rule("photoshop:AuthorsPosition", MetadataKind.PERSON),
          new Rule("photoshop:CaptionWriter", MetadataKind.PERSON),
          new Rule("photoshop:Credit", MetadataKind.PERSON),
          new Rule("photoshop:Source", MetadataKind.PERSON),
          new Rule("Iptc4xmpCore:CreatorContactInfo", MetadataKind.PERSON),
          new Rule("aux:OwnerName", MetadataKind.PERSON),
          new Rule("exifEX:CameraOwnerName", MetadataKind.PERSON),
          new Rule("aux:SerialNumber", MetadataKind.DEVICE_ID),
          new Rule("exifEX:BodySerialNumber", MetadataKind.DEVICE_ID),
          new Rule("photoshop:City", MetadataKind.PLACE),
          new Rule("photoshop:State", MetadataKind.PLACE),
          new Rule("photoshop:Country", MetadataKind.PLACE),
          new Rule("Iptc4xmpCore:Location", MetadataKind.PLACE),
          new Rule("Iptc4xmpCore:CountryCode", MetadataKind.PLACE),
          new Rule("Iptc4xmpExt:LocationShown", MetadataKind.PLACE),
          new Rule("Iptc4xmpExt:PersonInImage", MetadataKind.PEOPLE_TAGS),
          new Rule("mwg-rs:Regions", MetadataKind.PEOPLE_TAGS),
          new Rule("MP:RegionInfo", MetadataKind.PEOPLE_TAGS),
          new Rule("dc:description", MetadataKind.TEXT),
          new Rule("dc:title", MetadataKind.TEXT),
          new Rule("dc:subject", MetadataKind.TEXT),
          new Rule("photoshop:Headline", MetadataKind.TEXT),
          new Rule("photoshop:Instructions", MetadataKind.TEXT),
          new Rule("exif:UserComment", MetadataKind.TEXT),
          new Rule("tiff:ImageDescription", MetadataKind.TEXT),
          new Rule("lr:hierarchicalSubject", MetadataKind.TEXT));

  private XmpFields() {}

  static @Nullable MetadataKind kind(String path) {
    for (Rule rule : RULES) {
      if (path.startsWith(rule.prefix())) {
        return rule.kind();
      }
    }
    return null;
  }
}
