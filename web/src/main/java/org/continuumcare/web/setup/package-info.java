/**
 * Setting up a site (administrators): its units and beds ({@code setup/units.xhtml}), the page and
 * its two dialogs.
 */
package org.continuumcare.web.setup;
