package org.continuumcare.web.mat;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.continuumcare.mat.Administration;
import org.continuumcare.mat.DoseChange;
import org.continuumcare.mat.MatDeclined;
import org.continuumcare.mat.MatOrder;
import org.continuumcare.mat.MatService;
import org.continuumcare.mat.Phase;
import org.continuumcare.mat.PhaseChange;
import org.continuumcare.security.Role;
import org.continuumcare.shared.Today;
import org.continuumcare.web.patient.ChartBacking;

/**
 * The chart's MAT tab: the active order (else the latest one), its dose and phase history and
 * administrations, earlier orders, "MAT declined" decisions and the MAT timeline. Loaded when first
 * shown in a request, again after a dialog changed something.
 */
@Named
@RequestScoped
public class MatTabBacking {

  @EJB MatService mat;
  @Inject ChartBacking chart;
  @Inject SecurityContext security;
  @Inject Today today;

  private boolean loaded;
  private List<MatOrder> orders = List.of();
  private List<MatDeclined> declined = List.of();
  private List<Administration> administrations = List.of();
  private MatOrder shown;
  private LocalDate on;

  private void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    if (chart.getPatient() == null || !isMayRead()) {
      return;
    }
    on = today.in(chart.getPatient().getSite().getTimeZone());
    orders = mat.ordersOf(chart.getPatient().getId());
    declined = mat.declinedOf(chart.getPatient().getId());
    shown = orders.isEmpty() ? null : orders.get(0);
    administrations =
        shown != null && shown.getMedication().isClinicAdministered()
            ? mat.administrationsOf(shown.getId())
            : List.of();
  }

  /** Forgets what was loaded: the next read shows the record as it is now. */
  public void reload() {
    loaded = false;
  }

  /** The order shown in detail: the active one, else the latest; {@code null} if none. */
  public MatOrder getShown() {
    load();
    return shown;
  }

  /** The order active today, or {@code null}. */
  public MatOrder getActive() {
    load();
    return shown != null && shown.isActiveOn(on) ? shown : null;
  }

  public Phase getPhase() {
    load();
    return shown == null ? null : shown.phaseOn(shown.isActiveOn(on) ? on : lastDay()).orElse(null);
  }

  /** Since when the shown order is in its current phase. */
  public LocalDate getPhaseSince() {
    load();
    List<PhaseChange> phases = shown == null ? List.of() : shown.getPhases();
    return phases.isEmpty() ? null : phases.get(phases.size() - 1).getEffectiveOn();
  }

  public long getDaysOnOrder() {
    load();
    if (shown == null) {
      return 0;
    }
    LocalDate end = shown.getEndedOn() == null || shown.getEndedOn().isAfter(on) ? on : lastDay();
    return ChronoUnit.DAYS.between(shown.getStartedOn(), end) + 1;
  }

  private LocalDate lastDay() {
    return shown.getEndedOn() == null ? on : shown.getEndedOn().minusDays(1);
  }

  /** The shown order's doses, latest first. */
  public List<DoseChange> getDoses() {
    load();
    return reversed(shown == null ? List.of() : shown.getDoses());
  }

  /** The shown order's phases, latest first. */
  public List<PhaseChange> getPhases() {
    load();
    return reversed(shown == null ? List.of() : shown.getPhases());
  }

  public List<Administration> getAdministrations() {
    load();
    return administrations;
  }

  /** Today's administration of the active order, or {@code null} when none is recorded yet. */
  public Administration getTodays() {
    load();
    return getActive() == null
        ? null
        : administrations.stream()
            .filter(a -> a.getDosingDate().equals(on))
            .findFirst()
            .orElse(null);
  }

  /** Whether the shown order is given at the clinic (and has administrations). */
  public boolean isClinicAdministered() {
    load();
    return shown != null && shown.getMedication().isClinicAdministered();
  }

  /** Every order of the patient, latest first. */
  public List<MatOrder> getOrders() {
    load();
    return orders;
  }

  public List<MatDeclined> getDeclined() {
    load();
    return declined;
  }

  public List<MatTimelineSegment> getTimeline() {
    load();
    return MatTimelineSegment.of(orders, on);
  }

  public LocalDate getTimelineStart() {
    load();
    return orders.isEmpty() ? null : orders.get(orders.size() - 1).getStartedOn();
  }

  /** Whether the user's role reads MAT (intake, for one, does not: the tab is not shown). */
  public boolean isMayRead() {
    return security.isCallerInRole(Role.PRESCRIBER)
        || security.isCallerInRole(Role.COUNSELOR)
        || security.isCallerInRole(Role.NURSE)
        || security.isCallerInRole(Role.ADMINISTRATOR);
  }

  /** Prescribers (and administrators) start, change and stop orders. */
  public boolean isMayPrescribe() {
    return security.isCallerInRole(Role.PRESCRIBER) || security.isCallerInRole(Role.ADMINISTRATOR);
  }

  /** Nurses (and administrators) record the day's dose of an active clinic-given order. */
  public boolean isMayAdminister() {
    return getActive() != null
        && isClinicAdministered()
        && (security.isCallerInRole(Role.NURSE) || security.isCallerInRole(Role.ADMINISTRATOR));
  }

  /** Prescribers and counselors (and administrators) record that the patient declined MAT. */
  public boolean isMayDecline() {
    return isMayPrescribe() || security.isCallerInRole(Role.COUNSELOR);
  }

  private static <T> List<T> reversed(List<T> list) {
    List<T> copy = new ArrayList<>(list);
    Collections.reverse(copy);
    return copy;
  }
}
