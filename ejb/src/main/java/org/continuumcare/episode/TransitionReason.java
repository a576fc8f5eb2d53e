package org.continuumcare.episode;

/**
 * The direction of a change of level of care (DESIGN.md §3.2), by the intensity order WM > RES >
 * PHP > IOP > OP > AC: down to a less intensive level, up to a more intensive one, or lateral to
 * another site at the same level.
 */
public enum TransitionReason {
  STEP_DOWN,
  STEP_UP,
  LATERAL
}
