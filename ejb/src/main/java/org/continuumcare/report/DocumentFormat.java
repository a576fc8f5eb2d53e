package org.continuumcare.report;

import java.util.Arrays;
import java.util.Optional;

/** The formats of a printed report (on demand, in a pack), with media types and file suffixes. */
public enum DocumentFormat {
  PDF("application/pdf", "pdf"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
  CSV("text/csv", "csv");

  private final String mediaType;
  private final String suffix;

  DocumentFormat(String mediaType, String suffix) {
    this.mediaType = mediaType;
    this.suffix = suffix;
  }

  public String mediaType() {
    return mediaType;
  }

  public String suffix() {
    return suffix;
  }

  /** The format whose media type is {@code mediaType} (type/subtype, parameters ignored). */
  public static Optional<DocumentFormat> ofMediaType(String mediaType) {
    if (mediaType == null) {
      return Optional.empty();
    }
    String bare = mediaType.split(";", 2)[0].trim();
    return Arrays.stream(values()).filter(f -> f.mediaType.equalsIgnoreCase(bare)).findFirst();
  }

  /** The format of a file suffix or name ({@code pdf}, {@code xlsx}, {@code csv}), any case. */
  public static Optional<DocumentFormat> ofSuffix(String suffix) {
    if (suffix == null) {
      return Optional.empty();
    }
    return Arrays.stream(values())
        .filter(f -> f.suffix.equalsIgnoreCase(suffix.trim()))
        .findFirst();
  }
}
