package org.continuumcare.audit;

/**
 * The result of checking the audit trail: how many rows were checked and, when the trail was
 * tampered with, the first row found wrong and why. The head — the last link's sequence number and
 * hash — is what an auditor notes down outside the database: a later verification given that head
 * also finds rows removed from the end of the chain, which no chain can show by itself.
 */
public record Verification(
    boolean verified,
    long rowsChecked,
    Long firstBrokenRow,
    String reason,
    Long headSeq,
    String headHmac) {}
