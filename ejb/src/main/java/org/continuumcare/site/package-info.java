/** Sites (campuses) of the program; {@code MAIN} exists from the first start. */
package org.continuumcare.site;
