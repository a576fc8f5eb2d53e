/**
 * The work list: due work for the primary counselor — aftercare follow-up contacts and
 * treatment-plan reviews — created by an idempotent scheduled job ({@link
 * org.continuumcare.worklist.WorkListJob}) and completed from the work-list screen.
 */
package org.continuumcare.worklist;
