package org.continuumcare.report;

import java.time.Instant;

/**
 * What every printed report carries in its footer: the version of the definitions it implements
 * (DESIGN.md §4) and the moment the data were read.
 */
public final class ReportCut {
  /** The version of the outcome-measure definitions implemented here (DESIGN.md §4). */
  public static final String DEFINITIONS_VERSION = "DESIGN.md §4, 2026-11";

  private final Instant cutAt;

  public ReportCut(Instant cutAt) {
    this.cutAt = cutAt;
  }

  public Instant getCutAt() {
    return cutAt;
  }

  public String getDefinitionsVersion() {
    return DEFINITIONS_VERSION;
  }
}
