package org.sdghub.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WrkResultTest {

  // Output of wrk 4.1.0 with --latency, as printed on this project's build machine.
  private static final String HEALTHY =
      """
      Running 3s test @ http://127.0.0.1:18089/baseline
        2 threads and 32 connections
        Thread Stats   Avg      Stdev     Max   +/- Stdev
          Latency     1.26ms    2.65ms  29.47ms   92.30%
          Req/Sec    28.96k    13.52k   86.76k    78.69%
        Latency Distribution
           50%  430.00us
           75%    0.93ms
           90%    3.18ms
           99%   14.35ms
        175953 requests in 3.10s, 67.96MB read
      Requests/sec:  56737.42
      Transfer/sec:     21.91MB
      """;

  private static final String WITH_ERRORS =
      """
      Running 10s test @ http://127.0.0.1:8081/api/organisations
        2 threads and 32 connections
        Thread Stats   Avg      Stdev     Max   +/- Stdev
          Latency     1.02s   312.40ms   2.00s    70.00%
          Req/Sec    12.00      5.00     30.00     60.00%
        Latency Distribution
           50%    1.10s
           75%    1.30s
           90%    1.60s
           99%    1.95s
        240 requests in 10.01s, 80.00KB read
        Socket errors: connect 0, read 2, write 0, timeout 7
        Non-2xx or 3xx responses: 5
      Requests/sec:     23.98
      Transfer/sec:      7.99KB
      """;

  @Test
  void readsRequestsPerSecondAndCount() {
    WrkResult result = WrkResult.parse(HEALTHY);
    assertEquals(56737.42, result.requestsPerSecond(), 1e-9);
    assertEquals(175953, result.requests());
  }

  @Test
  void readsLatenciesInMillisecondsWhateverUnitWrkPrinted() {
    WrkResult result = WrkResult.parse(HEALTHY);
    assertEquals(1.26, result.latencyAvgMs(), 1e-9);
    assertEquals(29.47, result.latencyMaxMs(), 1e-9);
    assertEquals(0.43, result.p50Ms(), 1e-9);
    assertEquals(14.35, result.p99Ms(), 1e-9);

    WrkResult slow = WrkResult.parse(WITH_ERRORS);
    assertEquals(1020.0, slow.latencyAvgMs(), 1e-9);
    assertEquals(1100.0, slow.p50Ms(), 1e-9);
  }

  @Test
  void aHealthyRunHasNoErrors() {
    assertEquals(0, WrkResult.parse(HEALTHY).errors());
  }

  @Test
  void socketErrorsAndUnexpectedStatusesCountAsErrors() {
    WrkResult result = WrkResult.parse(WITH_ERRORS);
    assertEquals(9, result.socketErrors());
    assertEquals(5, result.non2xx3xx());
    assertEquals(14, result.errors());
  }

  @Test
  void percentilesAreMissingWithoutTheLatencyDistribution() {
    String plain = HEALTHY.replaceAll("(?s)  Latency Distribution.*?99%\\s+\\S+\\n", "");
    WrkResult result = WrkResult.parse(plain);
    assertTrue(Double.isNaN(result.p99Ms()));
    assertEquals(56737.42, result.requestsPerSecond(), 1e-9);
  }

  @Test
  void outputWithoutRequestsPerSecondIsRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> WrkResult.parse("unable to connect to 127.0.0.1:1 Connection refused"));
  }
}
