package org.continuumcare.security;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.UUID;

/**
 * The charts a service call asked {@link ChartAccess} about, and how access was granted — so the
 * audit trail names the patient of a call that only had an episode, order or work-item id, and
 * flags break-the-glass access, whether the call then succeeded or was refused.
 *
 * <p>The audit interceptor opens a frame around each audited call; {@link ChartAccess} notes every
 * check in each open frame of the thread that has no patient yet (the first chart a call opens is
 * the one it is about). Local EJB calls run on the caller's thread, so the frames nest with the
 * calls; without an open frame (a screen asking whether to show a banner) nothing is noted.
 */
public final class ChartsChecked {

  private static final ThreadLocal<Deque<Frame>> FRAMES = new ThreadLocal<>();

  private ChartsChecked() {}

  /** Opens a frame for one call; close it when the call ends. */
  public static Frame open() {
    Deque<Frame> frames = FRAMES.get();
    if (frames == null) {
      frames = new ArrayDeque<>();
      FRAMES.set(frames);
    }
    Frame frame = new Frame();
    frames.push(frame);
    return frame;
  }

  /** A chart was checked: granted {@code via}, or refused ({@code null}). */
  static void note(UUID patientId, ChartAccess.Via via) {
    Deque<Frame> frames = FRAMES.get();
    if (frames != null) {
      for (Frame frame : frames) {
        if (frame.patientId == null) {
          frame.patientId = patientId;
          frame.via = via;
        }
      }
    }
  }

  /** What one call checked. */
  public static final class Frame implements AutoCloseable {
    private UUID patientId;
    private ChartAccess.Via via;

    private Frame() {}

    /** The first patient whose chart the call asked for, granted or not. */
    public Optional<UUID> patientId() {
      return Optional.ofNullable(patientId);
    }

    /** How that chart was opened; empty when it was refused or none was asked for. */
    public Optional<ChartAccess.Via> via() {
      return Optional.ofNullable(via);
    }

    @Override
    public void close() {
      Deque<Frame> frames = FRAMES.get();
      if (frames != null) {
        frames.remove(this);
        if (frames.isEmpty()) {
          FRAMES.remove();
        }
      }
    }
  }
}
