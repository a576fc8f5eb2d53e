package org.continuumcare.web.api;

/** Body of {@code POST /sites}; the rules (code pattern, name) are checked by the service. */
public class SiteRequest {
  public String code;
  public String name;
}
