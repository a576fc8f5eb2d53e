/** The application shell: signed-in user, navigation by role, sign-out. */
package org.continuumcare.web.shell;
