/**
 * What every feature shares: the database migration at start-up, the application clock ("today" in
 * a site's time zone), and the exceptions that name a broken rule. The web layer turns those
 * exceptions into a message on the screen or an {@code application/problem+json} response.
 */
package org.continuumcare.shared;
