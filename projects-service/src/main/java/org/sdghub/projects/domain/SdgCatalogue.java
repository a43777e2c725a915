package org.sdghub.projects.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** The SDG goals, targets and indicators with their labels, for validation and reference lists. */
@ApplicationScoped
public class SdgCatalogue {

  /** All 17 goals, in order. */
  public List<SdgGoal> goals() {
    throw new UnsupportedOperationException("SDG catalogue not loaded yet");
  }

  /** All 169 targets, in order. */
  public List<SdgTarget> targets() {
    throw new UnsupportedOperationException("SDG catalogue not loaded yet");
  }

  /** All global indicators, in order. */
  public List<SdgIndicator> indicators() {
    throw new UnsupportedOperationException("SDG catalogue not loaded yet");
  }

  /** The target with this code ({@code 6.4}, {@code 6.a}), if it is one of the 169. */
  public Optional<SdgTarget> target(String code) {
    throw new UnsupportedOperationException("SDG catalogue not loaded yet");
  }

  /** The indicator with this code ({@code 6.4.2}), if it is a global SDG indicator. */
  public Optional<SdgIndicator> indicator(String code) {
    throw new UnsupportedOperationException("SDG catalogue not loaded yet");
  }
}
