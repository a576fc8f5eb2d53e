/**
 * The case workflow. An {@link org.continuumcare.episode.Episode} is the aggregate root: it owns
 * its ordered, gap-free chain of {@link org.continuumcare.episode.Stay}s and derives the current
 * level of care from the open stay (DESIGN.md §3.2). Services load an episode, call a verb on it
 * and store it; they do not re-implement its rules.
 */
package org.continuumcare.episode;
