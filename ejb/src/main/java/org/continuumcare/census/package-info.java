/** Census: who is in care right now, by level of care and site (a SQL read, no entities). */
package org.continuumcare.census;
