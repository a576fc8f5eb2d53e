/**
 * Who may do what: the roles of the Keycloak realm and the chart-access policy (DESIGN.md §5). A
 * patient the caller may not see is reported exactly like one that does not exist.
 */
package org.continuumcare.security;
