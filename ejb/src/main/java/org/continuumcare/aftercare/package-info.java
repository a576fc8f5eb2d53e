/**
 * Aftercare after discharge: the follow-up contacts due 30, 90 and 180 days after discharge
 * (DESIGN.md §3.2), and later the aftercare plan's referrals.
 */
package org.continuumcare.aftercare;
