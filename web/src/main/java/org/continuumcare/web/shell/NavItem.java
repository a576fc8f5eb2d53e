package org.continuumcare.web.shell;

/** A navigation entry: the bundle key of its label, its outcome, whether it is the current page. */
public final class NavItem {
  private final String labelKey;
  private final String outcome;
  private final boolean active;

  NavItem(String labelKey, String outcome, boolean active) {
    this.labelKey = labelKey;
    this.outcome = outcome;
    this.active = active;
  }

  public String getLabelKey() {
    return labelKey;
  }

  public String getOutcome() {
    return outcome;
  }

  public boolean isActive() {
    return active;
  }
}
