/**
 * Drug screens (DESIGN.md §3.3): a specimen collected from the patient, observed or not, with a
 * result per analyte. {@link org.continuumcare.drugscreen.ScreenPolicy} classifies every result
 * expected or unexpected against the MAT order active on the collection date; the drug-screen
 * report (§4.3) counts the screens with an unexpected result.
 */
package org.continuumcare.drugscreen;
