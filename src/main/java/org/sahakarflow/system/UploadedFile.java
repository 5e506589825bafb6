package org.sahakarflow.system;

import java.util.Arrays;
import java.util.Optional;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * What an uploaded file is, by its first bytes, never by the name or type its sender declared:
 * a file is stored and served only as one of the kinds accepted here, under a name the app
 * chooses. An HTML page or a program sent as "bye-laws.pdf" is none of them.
 */
public final class UploadedFile {

  /** What a refused file is told, after the field's name. */
  public static final String REFUSAL = "must be a PDF, JPEG or PNG file, and its content is none of these";

  /** The accepted kinds, each with the type it is served as and the extension it is stored with. */
  public enum Kind {
    PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

    private final String mimeType;
    private final String extension;
    private final byte[] magic;

    Kind(String mimeType, String extension, byte[] magic) {
      this.mimeType = mimeType;
      this.extension = extension;
      this.magic = magic;
    }

    public String mimeType() {
      return mimeType;
    }

    public String extension() {
      return extension;
    }
  }

  private UploadedFile() {
  }

  /** The accepted kind the content starts as, or empty for anything else (and for no content). */
  public static Optional<Kind> kindOf(byte[] content) {
    if (content == null) {
      return Optional.empty();
    }
    return Arrays.stream(Kind.values()).filter(kind -> content.length >= kind.magic.length
        && Arrays.equals(content, 0, kind.magic.length, kind.magic, 0, kind.magic.length)).findFirst();
  }

  /** The name a file of this kind is stored and served under: the app's, never the sender's. */
  public static String storedName(String stem, Kind kind) {
    return stem + "." + kind.extension();
  }

  /**
   * A case's document as a download, named and typed by what its content is (an upload from
   * before the content check that is none of the accepted kinds goes out as bytes), never by what
   * its sender said.
   */
  public static ResponseEntity<byte[]> download(String name, FileValue file) {
    byte[] content = RequiredUploads.bytes(file);
    Optional<Kind> kind = kindOf(content);
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(kind.map(k -> storedName(name, k)).orElse(name + ".bin")).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .contentType(kind.map(k -> MediaType.parseMediaType(k.mimeType())).orElse(MediaType.APPLICATION_OCTET_STREAM))
        .body(content);
  }
}
