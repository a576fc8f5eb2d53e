/**
 * The bed board of the 24-hour levels of care (WM, RES): units and beds per site. A bed is occupied
 * while an open stay holds it — derived from the stays, never stored — and never by two at once.
 */
package org.continuumcare.bedboard;
