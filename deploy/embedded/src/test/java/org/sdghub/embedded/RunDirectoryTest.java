package org.sdghub.embedded;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunDirectoryTest {

  @Test
  void aClosedPersistentDirectoryCanBeClaimedAgainByTheSameProcess(@TempDir Path dir)
      throws Exception {
    RunDirectory.persistent(dir).close();

    RunDirectory.persistent(dir).close();
  }

  @Test
  void aPersistentDirectoryInUseCannotBeClaimedTwice(@TempDir Path dir) throws Exception {
    try (RunDirectory first = RunDirectory.persistent(dir)) {
      assertThrows(IllegalStateException.class, () -> RunDirectory.persistent(dir));
    }
  }
}
