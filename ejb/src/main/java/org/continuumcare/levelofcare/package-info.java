/** The level-of-care catalogue (DESIGN.md §3.1) and its intensity order. */
package org.continuumcare.levelofcare;
