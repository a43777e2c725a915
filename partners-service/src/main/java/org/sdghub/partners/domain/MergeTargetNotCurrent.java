package org.sdghub.partners.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import org.sdghub.platform.Conflict;

/**
 * Answers 409: a duplicate can only be merged into a current organisation, not into one archived or
 * itself merged (then {@code mergedInto} names where that one went).
 */
public class MergeTargetNotCurrent extends Conflict {

  /** The request field naming the survivor. */
  public static final String FIELD = "into";

  public MergeTargetNotCurrent(Organisation survivor) {
    super(
        "merge-target-not-current",
        "Merge target not current",
        describe(survivor),
        extensions(survivor));
  }

  private static String describe(Organisation survivor) {
    String why =
        survivor.isMerged()
            ? "was itself merged into " + survivor.mergedInto + ": merge into that one"
            : "is archived";
    return "Cannot merge into " + survivor.id + " (field " + FIELD + "): it " + why + ".";
  }

  private static Map<String, Object> extensions(Organisation survivor) {
    Map<String, Object> extensions = new LinkedHashMap<>();
    extensions.put("existing", survivor.id);
    extensions.put("field", FIELD);
    if (survivor.isMerged()) {
      extensions.put("mergedInto", survivor.mergedInto);
    }
    return extensions;
  }
}
