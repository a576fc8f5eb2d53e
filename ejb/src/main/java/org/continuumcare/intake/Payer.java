package org.continuumcare.intake;

import java.util.Set;

/** Expected primary source of payment (TEDS codes). */
public enum Payer {
  SELF_PAY("1"),
  PRIVATE_INSURANCE("2"),
  MEDICARE("3"),
  MEDICAID("4"),
  OTHER_GOVERNMENT("5"),
  NO_CHARGE("6"),
  OTHER("7");

  private static final Set<Payer> WITHOUT_MEMBER_ID = Set.of(SELF_PAY, NO_CHARGE, OTHER);

  private final String tedsCode;

  Payer(String tedsCode) {
    this.tedsCode = tedsCode;
  }

  public String tedsCode() {
    return tedsCode;
  }

  /** An insurer or program pays: the patient's member id is required to bill it. */
  public boolean needsMemberId() {
    return !WITHOUT_MEMBER_ID.contains(this);
  }
}
