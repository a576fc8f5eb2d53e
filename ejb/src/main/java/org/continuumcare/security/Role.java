package org.continuumcare.security;

/** Realm roles, carried in the token's flat {@code groups} claim. */
public final class Role {
  public static final String INTAKE = "intake";
  public static final String COUNSELOR = "counselor";
  public static final String PRESCRIBER = "prescriber";
  public static final String NURSE = "nurse";
  public static final String ADMINISTRATOR = "administrator";
  public static final String AUDITOR = "auditor";

  private Role() {}
}
