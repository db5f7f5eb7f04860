package uk.warden.app.disclosure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;
import uk.warden.inspect.Inspector;
import uk.warden.inspect.content.Source;
import uk.warden.inspect.content.UnreadableException;
import uk.warden.inspect.policy.Expectation;
import uk.warden.inspect.policy.Policy;
import uk.warden.inspect.policy.PolicyReader;
import uk.warden.inspect.report.FileReport;

/**
 * Inspects files with the force's policy ({@code warden.inspect.policy}, a file; the built-in one
 * by default) and a workforce match against the register. Uploads are spooled to a private temp
 * file so a large workbook is never held in memory whole; the copy is deleted afterwards.
 */
@Service
public class InspectionService {

  private final Policy policy;
  private final WorkforceHashes workforce;

  public InspectionService(
      @Value("${warden.inspect.policy:}") String policyFile, WorkforceHashes workforce) {
    this.policy = policyFile.isBlank() ? Policy.standard() : PolicyReader.read(Path.of(policyFile));
    this.workforce = workforce;
  }

  public Policy policy() {
    return policy;
  }

  /** Inspects a file on disk, named in the report by {@code name}. */
  public FileReport inspect(Path file, String name, Expectation expectation) {
    Inspector inspector = Inspector.builder().policy(policy).workforce(workforce.index()).build();
    try {
      return inspector.inspect(Source.of(name, file, inspector.limits()), expectation);
    } catch (UnreadableException e) {
      throw new BadInputException(InputProblem.file(name, e.getMessage()));
    }
  }

  /** Inspects an upload: spooled to a temp file, inspected, deleted. */
  public FileReport inspect(InputStream upload, @Nullable String name, Expectation expectation) {
    String shown = FileNames.shown(name);
    Path spool = null;
    try {
      spool = Files.createTempFile("warden-inspect-", ".upload");
      Files.copy(upload, spool, StandardCopyOption.REPLACE_EXISTING);
      return inspect(spool, shown, expectation);
    } catch (IOException e) {
      throw new UncheckedIOException("the upload could not be spooled", e);
    } finally {
      if (spool != null) {
        try {
          Files.deleteIfExists(spool);
        } catch (IOException ignored) {
          // The temp folder is cleared by the system; nothing of the file is kept by Warden.
        }
      }
    }
  }

  /** An upload's report with the SHA-256 of its bytes. */
  public record Fingerprinted(FileReport report, String sha256) {}

  /**
   * Inspects an upload and fingerprints it in the same pass, so the file later released can be
   * matched byte for byte to the inspection that cleared it.
   */
  public Fingerprinted inspectFingerprinted(
      InputStream upload, @Nullable String name, Expectation expectation) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    // The spool copies the stream to its end, so the digest sees every byte the inspector reads.
    FileReport report = inspect(new DigestInputStream(upload, digest), name, expectation);
    return new Fingerprinted(report, HexFormat.of().formatHex(digest.digest()));
  }
}
