package org.continuumcare.scores;

import java.util.List;

/**
 * A patient's withdrawal scores, latest first, and — while the patient is in withdrawal management
 * — when the next reassessment is due ({@code null} otherwise).
 */
public record WithdrawalHistory(List<ClinicalScore> scores, Reassessment reassessment) {}
