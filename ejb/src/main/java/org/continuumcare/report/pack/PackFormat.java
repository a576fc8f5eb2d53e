package org.continuumcare.report.pack;

/** The formats each report of a pack is stored in, with their media types and file suffixes. */
public enum PackFormat {
  PDF("application/pdf", "pdf"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
  CSV("text/csv", "csv");

  private final String mediaType;
  private final String suffix;

  PackFormat(String mediaType, String suffix) {
    this.mediaType = mediaType;
    this.suffix = suffix;
  }

  public String mediaType() {
    return mediaType;
  }

  public String suffix() {
    return suffix;
  }
}
