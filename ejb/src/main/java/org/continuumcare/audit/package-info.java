/**
 * The audit trail (DESIGN.md §5, 42 CFR Part 2): who — username and Keycloak subject — did what to
 * which patient and episode, when, with what outcome, and whether by breaking the glass.
 *
 * <p>One choke point: the {@link org.continuumcare.audit.Audited} interceptor on the services
 * writes a successful call's row in the call's own transaction and a refused call's row in one of
 * its own; roles refused by the container, before any interceptor, are recorded at the web
 * boundary. Rows are tamper-evident: each carries an HMAC of its {@link
 * org.continuumcare.audit.CanonicalForm} under a key kept outside the database, and a single
 * sequencer ({@link org.continuumcare.audit.AuditChain}) links them into a keyed hash chain without
 * any lock in business transactions. {@link org.continuumcare.audit.AuditChain#verify()} tells the
 * auditor whether a row was changed, removed or forged; the database refuses updates, deletes and
 * truncation of the trail by itself.
 */
package org.continuumcare.audit;
