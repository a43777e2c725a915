package org.sdghub.manifests;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** The arguments of the parameterised checks: every overlay, with every service. */
final class Cases {

  private Cases() {}

  static Stream<Arguments> overlaysAndServices() {
    return Stream.of(Overlay.values())
        .flatMap(
            overlay -> Repo.services().stream().map(service -> Arguments.of(overlay, service)));
  }
}
