package org.continuumcare.web.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import javax.sql.DataSource;
import org.continuumcare.shared.DatabaseMigration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the database answers (MicroProfile Health, {@code /health/ready}). */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Resource(lookup = DatabaseMigration.DATA_SOURCE)
  DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    try (Connection c = dataSource.getConnection()) {
      return HealthCheckResponse.named("database").status(c.isValid(2)).build();
    } catch (Exception e) {
      return HealthCheckResponse.named("database").down().build();
    }
  }
}
