package org.continuumcare.scores;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The program's severity bands from its settings ({@value ProgramBands#BANDS_PROPERTY}, {@value
 * ProgramBands#SOURCE_PROPERTY}), read once at start-up. A bad setting stops the deployment with a
 * message naming the property: no score is ever banded by a setting that was not understood.
 */
@Singleton
@Startup
@Lock(LockType.READ)
public class BandSetting {

  private static final Logger LOG = Logger.getLogger(BandSetting.class.getName());

  @Inject
  @ConfigProperty(name = ProgramBands.BANDS_PROPERTY, defaultValue = ProgramBands.DEFAULT_BANDS)
  String bands;

  @Inject
  @ConfigProperty(name = ProgramBands.SOURCE_PROPERTY, defaultValue = ProgramBands.DEFAULT_SOURCE)
  String source;

  private ProgramBands current;

  @PostConstruct
  void read() {
    try {
      current = ProgramBands.fromSettings(bands, source);
    } catch (IllegalArgumentException e) {
      LOG.severe(e.getMessage());
      throw new IllegalStateException(e.getMessage(), e);
    }
    LOG.info("CIWA-Ar bands " + current.ciwaAr() + " (source: " + current.ciwaArSource() + ")");
  }

  /** The bands in force. */
  public ProgramBands current() {
    return current;
  }
}
