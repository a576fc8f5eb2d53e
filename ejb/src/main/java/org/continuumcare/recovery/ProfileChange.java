package org.continuumcare.recovery;

import java.time.LocalDate;

/**
 * The recovery profile as the counselor edits it: sponsor (yes, since when), current step 1–12
 * (empty: not working the steps), home group, sobriety date.
 */
public record ProfileChange(
    boolean hasSponsor,
    LocalDate sponsorSince,
    Integer currentStep,
    String homeGroup,
    LocalDate sobrietyDate) {}
