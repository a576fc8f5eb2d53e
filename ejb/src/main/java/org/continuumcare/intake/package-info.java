/** Intake: registering a referral or walk-in and admitting them to a level of care. */
package org.continuumcare.intake;
