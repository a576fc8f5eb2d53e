/**
 * Clinical scores of the record (DESIGN.md §3.3): the withdrawal scales COWS and CIWA-Ar and the
 * PHQ-9 and GAD-7 screens — their items, scoring and severity bands ({@link Instrument}), the
 * program's CIWA-Ar bands with their source ({@link ProgramBands}, read at start-up by {@link
 * BandSetting}), recorded scores ({@link ClinicalScore}), the safety flag a positive PHQ-9 item 9
 * raises ({@link SafetyFlag}), and when the next withdrawal reassessment is due during withdrawal
 * management ({@link Reassessment}).
 */
package org.continuumcare.scores;
