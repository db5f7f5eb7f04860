package uk.warden.inspect.format.ooxml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PartNamesTests {

  @Test
  void targetsResolveAgainstTheSourcePartsFolder() {
    assertThat(PartNames.resolve("word/document.xml", "media/image1.png"))
        .isEqualTo("word/media/image1.png");
    assertThat(PartNames.resolve("ppt/slides/slide3.xml", "../media/image%201.jpeg"))
        .isEqualTo("ppt/media/image 1.jpeg");
    assertThat(PartNames.resolve("ppt/slides/slide3.xml", "/ppt/notesSlides/notesSlide1.xml"))
        .isEqualTo("ppt/notesSlides/notesSlide1.xml");
    assertThat(PartNames.resolve("", "word/document.xml")).isEqualTo("word/document.xml");
    assertThat(PartNames.resolve("word/document.xml", "../../../../etc/passwd"))
        .isEqualTo("etc/passwd");
  }

  @Test
  void relationshipsPartsAndTheirSources() {
    assertThat(PartNames.relationshipsOf("word/document.xml"))
        .isEqualTo("word/_rels/document.xml.rels");
    assertThat(PartNames.relationshipsOf("")).isEqualTo("_rels/.rels");
    assertThat(PartNames.sourceOf("word/_rels/document.xml.rels")).isEqualTo("word/document.xml");
    assertThat(PartNames.sourceOf("_rels/.rels")).isEmpty();
    assertThat(PartNames.sourceOf("word/document.xml")).isNull();
  }
}
