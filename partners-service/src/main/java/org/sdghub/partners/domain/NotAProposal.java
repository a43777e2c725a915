package org.sdghub.partners.domain;

import java.util.Map;
import java.util.UUID;
import org.sdghub.platform.Conflict;

/** Answers 409: only an organisation still proposed by a partner can be confirmed. */
public class NotAProposal extends Conflict {

  public NotAProposal(UUID id) {
    super(
        "not-a-proposal",
        "Not a proposal",
        "Organisation " + id + " is not a partner's proposal awaiting confirmation.",
        Map.of("existing", id));
  }
}
