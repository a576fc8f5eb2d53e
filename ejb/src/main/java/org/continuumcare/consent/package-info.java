/**
 * Consent and disclosure under 42 CFR Part 2 (DESIGN.md §3.3): consents with every element §2.31
 * requires, their expiry and revocation; disclosures of identifiable records outside the program
 * under a valid consent naming the recipient and purpose, or in a medical emergency (§2.51), each
 * carrying the §2.32 notice ({@link org.continuumcare.consent.Part2Notice}); and the accounting of
 * disclosures. Use by the program's own staff is not a disclosure (it is audited).
 */
package org.continuumcare.consent;
