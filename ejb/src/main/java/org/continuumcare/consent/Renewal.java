package org.continuumcare.consent;

/**
 * When a consent is renewed: a consent of the same patient captured after it, not revoked, names
 * the same recipient (compared as {@link Consent#authorizes} compares names: case, surrounding and
 * repeated blanks do not count) for the same purpose. Its expiry then needs no attention — the work
 * list does not warn of it, and an open warning is done when the renewal is captured. As SQL over a
 * {@code consent c}, the one definition the work-list job and {@link ConsentService} share.
 */
public final class Renewal {

  /** True when consent {@code c} is renewed. */
  public static final String OF_C =
      "exists (select 1 from consent n where n.patient_id = c.patient_id and n.id <> c.id"
          + " and n.revoked_at is null and n.purpose = c.purpose"
          + " and n.recorded_at > c.recorded_at"
          + " and "
          + normalized("n.recipient_name")
          + " = "
          + normalized("c.recipient_name")
          + ")";

  private Renewal() {}

  private static String normalized(String column) {
    return "lower(trim(regexp_replace(" + column + ", '\\s+', ' ', 'g')))";
  }
}
