/**
 * The work list: due work for the primary counselor — aftercare follow-up contacts, treatment-plan
 * reviews, expiring consents, sobriety milestones (and safety checks, put there by the scores) —
 * and for the nurses' pool, overdue withdrawal reassessments; created by an idempotent scheduled
 * job ({@link org.continuumcare.worklist.WorkListJob}), completed from the work-list screen or by
 * the event that settles them.
 */
package org.continuumcare.worklist;
