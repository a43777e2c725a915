package org.sdghub.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProcStatusTest {

  // The lines around the two figures as Linux writes them; VmPeak and VmSize come first and
  // must not be mistaken for them.
  private static final String STATUS =
      """
      Name:\tjava
      Umask:\t0022
      State:\tS (sleeping)
      Pid:\t48213
      VmPeak:\t 3954172 kB
      VmSize:\t 3889640 kB
      VmLck:\t       0 kB
      VmPin:\t       0 kB
      VmHWM:\t  187532 kB
      VmRSS:\t  160112 kB
      RssAnon:\t  121300 kB
      RssFile:\t   38812 kB
      Threads:\t54
      """;

  @Test
  void residentMemoryAndItsPeakComeFromVmRssAndVmHwm() {
    ProcStatus status = ProcStatus.parse(STATUS);
    assertEquals(160_112, status.rssKb());
    assertEquals(187_532, status.peakRssKb());
    assertEquals(156.36, status.rssMb(), 0.01);
    assertEquals(183.14, status.peakRssMb(), 0.01);
  }

  @Test
  void aStatusWithoutVmRssIsRejectedRatherThanReadAsZero() {
    String kernelThread = STATUS.replaceAll("(?m)^VmRSS:.*\\n", "");
    IllegalArgumentException missing =
        assertThrows(IllegalArgumentException.class, () -> ProcStatus.parse(kernelThread));
    assertTrue(missing.getMessage().contains("VmRSS"), missing.getMessage());
  }

  @Test
  void theBenchJvmsOwnStatusHasAResidentSet() throws Exception {
    assumeTrue(Files.exists(Path.of("/proc/self/status")), "needs Linux's /proc");
    ProcStatus own = ProcStatus.of(ProcessHandle.current().pid());
    assertTrue(own.rssKb() > 0 && own.peakRssKb() >= own.rssKb(), own.toString());
  }
}
