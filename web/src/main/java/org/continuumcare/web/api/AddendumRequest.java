package org.continuumcare.web.api;

/** Body of {@code POST /notes/{id}/addenda}: the text added to a signed note. */
public class AddendumRequest {
  public String text;
}
