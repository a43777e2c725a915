package org.sdghub.projects.domain;

import jakarta.enterprise.context.ApplicationScoped;

/** The IATI and ISO code lists a project's fields are checked against (sectors, currencies). */
@ApplicationScoped
public class Codelists {

  /** Whether the code is an OECD DAC 5-digit purpose code (IATI Sector). */
  public boolean isSector(String code) {
    throw new UnsupportedOperationException("code lists not loaded yet");
  }

  /** Whether the code is an active ISO 4217 currency. */
  public boolean isCurrency(String code) {
    throw new UnsupportedOperationException("code lists not loaded yet");
  }
}
