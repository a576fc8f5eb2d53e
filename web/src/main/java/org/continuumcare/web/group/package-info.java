/** The group session screen: attendance and one short note for many patients of a caseload. */
package org.continuumcare.web.group;
