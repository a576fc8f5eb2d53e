package org.continuumcare.scores;

import java.util.List;

/** A patient's PHQ-9 and GAD-7 screens, latest first, and the open safety flag or {@code null}. */
public record ScreenHistory(List<ClinicalScore> screens, SafetyFlag safetyFlag) {}
