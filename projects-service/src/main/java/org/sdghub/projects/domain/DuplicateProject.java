package org.sdghub.projects.domain;

import java.util.Map;
import java.util.UUID;
import org.sdghub.platform.Conflict;

/** Answers 409: another project already has this IATI activity identifier. */
public class DuplicateProject extends Conflict {

  public DuplicateProject(String iatiIdentifier, UUID existing) {
    super(
        "duplicate",
        "Duplicate",
        (existing == null ? "Another project" : "Project " + existing)
            + " already has the IATI identifier "
            + iatiIdentifier
            + " (identifiers are compared whatever their letter case).",
        existing == null ? Map.of() : Map.of("existing", existing));
  }
}
