package org.continuumcare.shared;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.continuumcare.episode.Episode;
import org.continuumcare.episode.ReferralSource;
import org.continuumcare.levelofcare.LevelOfCare;
import org.continuumcare.patient.Patient;
import org.continuumcare.patient.SexAtBirth;
import org.continuumcare.patient.Substance;
import org.continuumcare.site.Site;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo data set of {@code ./continuum run} (never in production): patients at every level of
 * care on the demo counselors' caseloads, with dates relative to today. Loaded once, into an empty
 * database, when {@code continuum.demo-data=true} ({@code CONTINUUM_DEMO_DATA}).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private Today today;

  @Inject
  @ConfigProperty(name = "continuum.demo-data", defaultValue = "false")
  private boolean enabled;

  @PostConstruct
  void load() {
    if (!enabled
        || em.createQuery("select count(p) from Patient p", Long.class).getSingleResult() > 0) {
      return;
    }
    Site main =
        em.createQuery("select s from Site s where s.code = :c", Site.class)
            .setParameter("c", Site.DEFAULT_CODE)
            .getSingleResult();
    Site east = new Site("EAST", "East Campus");
    em.persist(east);
    LocalDate d = today.in(null);
    admit("Ana", "Reyes", 1990, SexAtBirth.F, Substance.HEROIN, main, LevelOfCare.WM, 2, "carl");
    admit("Ben", "Okafor", 1984, SexAtBirth.M, Substance.FENTANYL, main, LevelOfCare.WM, 1, "cora");
    admit(
        "Chloe",
        "Martin",
        1995,
        SexAtBirth.F,
        Substance.ALCOHOL,
        main,
        LevelOfCare.RES,
        12,
        "carl");
    admit(
        "Dmitri",
        "Volkov",
        1979,
        SexAtBirth.M,
        Substance.OTHER_OPIOID,
        east,
        LevelOfCare.RES,
        20,
        "cora");
    admit(
        "Esther",
        "Nguyen",
        1988,
        SexAtBirth.F,
        Substance.METHAMPHETAMINE,
        main,
        LevelOfCare.PHP,
        9,
        "carl");
    admit(
        "Farid",
        "Haddad",
        1992,
        SexAtBirth.M,
        Substance.COCAINE,
        east,
        LevelOfCare.IOP,
        30,
        "cora");
    admit(
        "Grace",
        "O'Neill",
        1986,
        SexAtBirth.F,
        Substance.FENTANYL,
        main,
        LevelOfCare.IOP,
        45,
        "carl");
    admit(
        "Hugo",
        "Lindqvist",
        1975,
        SexAtBirth.M,
        Substance.ALCOHOL,
        main,
        LevelOfCare.OP,
        70,
        "cora");
    admit(
        "Inés", "Castillo", 1999, SexAtBirth.F, Substance.HEROIN, east, LevelOfCare.OP, 95, "carl");
    admit(
        "Jamal",
        "Brooks",
        1982,
        SexAtBirth.M,
        Substance.BENZODIAZEPINE,
        main,
        LevelOfCare.AC,
        120,
        "cora");
    admit(
        "Kai", "Tanaka", 1997, SexAtBirth.X, Substance.CANNABIS, main, LevelOfCare.AC, 150, "carl");
    LOG.info(() -> "Demo data loaded as of " + d);
  }

  private void admit(
      String given,
      String family,
      int birthYear,
      SexAtBirth sex,
      Substance substance,
      Site site,
      LevelOfCare level,
      int daysAgo,
      String counselor) {
    LocalDate d = today.in(null);
    Number mrn =
        (Number) em.createNativeQuery("select nextval('patient_mrn_seq')").getSingleResult();
    Patient patient =
        new Patient(
            String.format("C%07d", mrn.longValue()),
            given,
            family,
            LocalDate.of(birthYear, 3, 14),
            sex,
            substance,
            site,
            d);
    em.persist(patient);
    em.persist(
        Episode.admit(
            patient,
            d.minusDays(daysAgo),
            level,
            site,
            ReferralSource.SELF,
            counselor + ".counselor",
            d));
  }
}
