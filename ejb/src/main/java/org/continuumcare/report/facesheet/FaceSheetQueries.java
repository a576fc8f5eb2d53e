package org.continuumcare.report.facesheet;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.continuumcare.episode.DischargeReason;
import org.continuumcare.episode.TransitionReason;
import org.continuumcare.levelofcare.LevelOfCare;
import org.continuumcare.mat.Medication;
import org.continuumcare.mat.Phase;
import org.continuumcare.mat.StopReason;
import org.continuumcare.patient.SexAtBirth;
import org.continuumcare.patient.Substance;
import org.continuumcare.report.facesheet.FaceSheet.EpisodeRow;
import org.continuumcare.report.facesheet.FaceSheet.MatOrderRow;
import org.continuumcare.report.facesheet.FaceSheet.PhaseRow;
import org.continuumcare.report.facesheet.FaceSheet.StayRow;
import org.continuumcare.shared.RecordNotFound;

/**
 * Reads a patient's face sheet with JPQL projections (no entity leaves here). Access is checked by
 * the caller (the service that discloses it), in the same transaction.
 */
public class FaceSheetQueries {

  private final EntityManager em;

  public FaceSheetQueries(EntityManager em) {
    this.em = em;
  }

  public FaceSheet faceSheet(UUID patientId) {
    List<Object[]> patient =
        em.createQuery(
                "select p.mrn, p.givenName, p.familyName, p.birthDate, p.sexAtBirth,"
                    + " p.primarySubstance, s.name from Patient p join p.site s where p.id = :id",
                Object[].class)
            .setParameter("id", patientId)
            .getResultList();
    if (patient.isEmpty()) {
      throw new RecordNotFound();
    }
    Object[] p = patient.get(0);
    return new FaceSheet(
        (String) p[0],
        (String) p[1],
        (String) p[2],
        (LocalDate) p[3],
        (SexAtBirth) p[4],
        (Substance) p[5],
        (String) p[6],
        episodes(patientId),
        matOrders(patientId),
        Instant.now());
  }

  private List<EpisodeRow> episodes(UUID patientId) {
    List<Object[]> rows =
        em.createQuery(
                "select e.id, e.admittedOn, e.dischargedOn, e.dischargeReason, e.primaryCounselor,"
                    + " s.seq, s.levelOfCare, si.code, s.start, s.end, s.entryReason"
                    + " from Episode e left join e.stays s left join s.site si"
                    + " where e.patient.id = :patient order by e.admittedOn, e.id, s.seq",
                Object[].class)
            .setParameter("patient", patientId)
            .getResultList();
    Map<Object, Object[]> heads = new LinkedHashMap<>();
    Map<Object, List<StayRow>> stays = new LinkedHashMap<>();
    for (Object[] r : rows) {
      heads.putIfAbsent(r[0], r);
      List<StayRow> list = stays.computeIfAbsent(r[0], k -> new ArrayList<>());
      if (r[6] != null) {
        list.add(
            new StayRow(
                (Integer) r[5],
                (LevelOfCare) r[6],
                (String) r[7],
                (LocalDate) r[8],
                (LocalDate) r[9],
                (TransitionReason) r[10]));
      }
    }
    List<EpisodeRow> episodes = new ArrayList<>();
    heads.forEach(
        (id, r) ->
            episodes.add(
                new EpisodeRow(
                    (LocalDate) r[1],
                    (LocalDate) r[2],
                    (DischargeReason) r[3],
                    (String) r[4],
                    List.copyOf(stays.get(id)))));
    return episodes;
  }

  private List<MatOrderRow> matOrders(UUID patientId) {
    List<Object[]> rows =
        em.createQuery(
                "select o.id, o.medication, o.dose, o.unit, o.prescriber, o.startedOn, o.endedOn,"
                    + " o.stopReason, ph.phase, ph.effectiveOn"
                    + " from MatOrder o left join o.phases ph where o.patientId = :patient"
                    + " order by o.startedOn, o.id, ph.effectiveOn",
                Object[].class)
            .setParameter("patient", patientId)
            .getResultList();
    Map<Object, Object[]> heads = new LinkedHashMap<>();
    Map<Object, List<PhaseRow>> phases = new LinkedHashMap<>();
    for (Object[] r : rows) {
      heads.putIfAbsent(r[0], r);
      List<PhaseRow> list = phases.computeIfAbsent(r[0], k -> new ArrayList<>());
      if (r[8] != null) {
        list.add(new PhaseRow((Phase) r[8], (LocalDate) r[9]));
      }
    }
    List<MatOrderRow> orders = new ArrayList<>();
    heads.forEach(
        (id, r) ->
            orders.add(
                new MatOrderRow(
                    (Medication) r[1],
                    (BigDecimal) r[2],
                    (String) r[3],
                    (String) r[4],
                    (LocalDate) r[5],
                    (LocalDate) r[6],
                    (StopReason) r[7],
                    List.copyOf(phases.get(id)))));
    return orders;
  }
}
