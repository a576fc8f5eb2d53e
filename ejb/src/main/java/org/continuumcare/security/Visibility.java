package org.continuumcare.security;

import jakarta.persistence.Parameter;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;

/**
 * Which patients a caller may see, as SQL predicates over {@code patient p} (DESIGN.md §5):
 * administrators and intake every patient; counselors and prescribers those whose latest episode
 * (the open one, or else the last) lists them as primary counselor or prescriber; nurses those with
 * an open episode — or, for anyone but auditors, through an unexpired break-the-glass grant. The
 * chart check and the caseload search both use this one definition.
 */
public record Visibility(
    String username, boolean all, boolean counselor, boolean prescriber, boolean nurse) {

  /** Visible by role or care team. */
  public static final String BY_ROLE_OR_CARE_TEAM =
      "(:vAll"
          + " or exists (select 1 from (select e.primary_counselor, e.prescriber, e.discharged_on"
          + "   from episode e where e.patient_id = p.id"
          + "   order by e.admitted_on desc, e.discharged_on desc nulls first limit 1) latest"
          + "   where (:vCounselor and latest.primary_counselor = :vMe)"
          + "      or (:vPrescriber and latest.prescriber = :vMe)"
          + "      or (:vNurse and latest.discharged_on is null)))";

  /** Visible through an unexpired break-the-glass grant. */
  public static final String BY_BREAKING_THE_GLASS =
      "exists (select 1 from break_glass b where b.patient_id = p.id"
          + " and b.username = :vMe and b.expires_at > :vNow)";

  /** Visible at all. */
  public static final String PREDICATE =
      "(" + BY_ROLE_OR_CARE_TEAM + " or " + BY_BREAKING_THE_GLASS + ")";

  /** Binds the parameters of whichever of the predicates above the query uses. */
  public Query bind(Query query) {
    Map<String, Object> values =
        Map.of(
            "vAll", all,
            "vCounselor", counselor,
            "vPrescriber", prescriber,
            "vNurse", nurse,
            "vMe", username,
            "vNow", Timestamp.from(Instant.now()));
    for (Parameter<?> p : query.getParameters()) {
      if (values.containsKey(p.getName())) {
        query.setParameter(p.getName(), values.get(p.getName()));
      }
    }
    return query;
  }
}
