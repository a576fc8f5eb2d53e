/**
 * The audit trail: one choke point ({@link org.continuumcare.audit.Audited}, an interceptor on
 * every service) writes who did what to which patient, with the outcome, in the transaction of the
 * change; refusals are written on their own. Rows are tamper-evident: each carries an HMAC of its
 * content, and a single sequencer links them into a keyed hash chain ({@link
 * org.continuumcare.audit.AuditChain}); {@link org.continuumcare.audit.AuditChain#verify()} tells
 * the auditor whether any row was changed or removed. The key lives outside the database.
 */
package org.continuumcare.audit;
