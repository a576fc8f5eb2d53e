package org.continuumcare.scores;

/**
 * The severity bands this program (the installation) scores with: the CIWA-Ar's are configurable
 * (DESIGN.md §3.3), with the source they come from; COWS, PHQ-9 and GAD-7 keep their published
 * bands. The one place that answers "the band of this total for this instrument". A score keeps the
 * band it was recorded with: a later change of the setting does not rewrite history.
 *
 * @param ciwaAr the CIWA-Ar bands
 * @param ciwaArSource where the CIWA-Ar bands come from, shown with them
 */
public record ProgramBands(Bands ciwaAr, String ciwaArSource) implements java.io.Serializable {

  /** The setting of the CIWA-Ar bands (environment {@code CONTINUUM_CIWA_AR_BANDS}). */
  public static final String BANDS_PROPERTY = "continuum.ciwa-ar.bands";

  /** The setting of their source (environment {@code CONTINUUM_CIWA_AR_BANDS_SOURCE}). */
  public static final String SOURCE_PROPERTY = "continuum.ciwa-ar.bands-source";

  /** DESIGN.md's default bands, in the setting's form. */
  public static final String DEFAULT_BANDS = "0:MINIMAL,10:MILD,16:MODERATE,21:SEVERE";

  /** The source of the default bands: the scale's paper, and DESIGN.md §3.3's program default. */
  public static final String DEFAULT_SOURCE =
      "Sullivan et al., Br J Addict 1989;84:1353–7; bands: program default";

  /** DESIGN.md's default CIWA-Ar bands with their source. */
  public static final ProgramBands DEFAULT = fromSettings(DEFAULT_BANDS, DEFAULT_SOURCE);

  public ProgramBands {
    if (ciwaAr == null || ciwaArSource == null || ciwaArSource.isBlank()) {
      throw new IllegalArgumentException("CIWA-Ar bands and their source are required");
    }
    ciwaArSource = ciwaArSource.strip();
  }

  /**
   * The program's bands from its settings, checked strictly.
   *
   * @throws IllegalArgumentException a message naming the property and what is wrong with it
   */
  public static ProgramBands fromSettings(String bands, String source) {
    Bands ciwaAr;
    try {
      ciwaAr = Bands.parse(bands, Instrument.CIWA_AR.maxTotal());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          BANDS_PROPERTY
              + " (CONTINUUM_CIWA_AR_BANDS) \""
              + (bands == null ? "" : bands)
              + "\" is not valid: "
              + e.getMessage()
              + ". Expected the lowest total of each CIWA-Ar band (0–67), ascending from 0, with"
              + " ascending severities, e.g. "
              + DEFAULT_BANDS
              + ".");
    }
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException(
          SOURCE_PROPERTY
              + " (CONTINUUM_CIWA_AR_BANDS_SOURCE) is empty: cite where the CIWA-Ar bands "
              + ciwaAr
              + " come from.");
    }
    return new ProgramBands(ciwaAr, source);
  }

  /** The bands this program scores {@code instrument} with. */
  public Bands bandsOf(Instrument instrument) {
    return instrument.hasConfigurableBands() ? ciwaAr : instrument.defaultBands();
  }

  /** The band of {@code total} for {@code instrument} (total within 0..maxTotal). */
  public Severity severityOf(Instrument instrument, int total) {
    return instrument.severityOf(total, bandsOf(instrument));
  }
}
