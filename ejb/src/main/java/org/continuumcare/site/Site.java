package org.continuumcare.site;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/** A campus or clinic where stays take place; "today" there is in its time zone. */
@Entity
@Table(name = "site")
public class Site {

  public static final String DEFAULT_CODE = "MAIN";

  @Id private UUID id;
  private String code;
  private String name;
  private String timeZone;
  @Version private long version;

  protected Site() {}

  public Site(String code, String name) {
    this.id = UUID.randomUUID();
    this.code = code;
    this.name = name;
  }

  public UUID getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  /** The IANA time zone, or {@code null} for the server's. */
  public String getTimeZone() {
    return timeZone;
  }

  public long getVersion() {
    return version;
  }
}
