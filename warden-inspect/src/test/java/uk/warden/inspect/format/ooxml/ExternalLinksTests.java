package uk.warden.inspect.format.ooxml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExternalLinksTests {

  @Test
  void pathsAndFileUrlsAreFileReferences() {
    assertThat(ExternalLinks.fileReference("file:///C:/Users/jbloggs/x.docx")).isTrue();
    assertThat(ExternalLinks.fileReference("\\\\fileserver\\cid\\victims.xlsx")).isTrue();
    assertThat(ExternalLinks.fileReference("H:\\Cases\\2024\\fox.docx")).isTrue();
    assertThat(ExternalLinks.fileReference("../shared/statement.docx")).isTrue();
    assertThat(ExternalLinks.fileReference("smb://nas/share/a.pdf")).isTrue();
  }

  @Test
  void webAddressesAndBookmarksAreNot() {
    assertThat(ExternalLinks.fileReference("https://www.gov.uk/foi")).isFalse();
    assertThat(ExternalLinks.fileReference("mailto:foi@kent.police.uk")).isFalse();
    assertThat(ExternalLinks.fileReference("#_Toc123")).isFalse();
    assertThat(ExternalLinks.fileReference("")).isFalse();
  }

  @Test
  void onlyFileHyperlinksAreFindingsButAnyOtherExternalTargetIs() {
    assertThat(ExternalLinks.finding("hyperlink", "https://example.org")).isFalse();
    assertThat(ExternalLinks.finding("hyperlink", "file:///C:/x.docx")).isTrue();
    assertThat(ExternalLinks.finding("attachedTemplate", "https://templates.example/evil.dotm"))
        .isTrue();
    assertThat(ExternalLinks.describe("image")).isEqualTo("a linked picture");
  }
}
