package uk.warden.inspect.format.pdf;

import org.apache.pdfbox.cos.COSDictionary;

/** An optional content group (a layer) that the default view switches off. */
record Layer(String name, String id, COSDictionary group) {

  String describe() {
    return "layer '" + name + "'";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Layer layer && layer.group == group;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(group);
  }
}
