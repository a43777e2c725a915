package org.sdghub.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTest {

  private static WrkResult run(double requestsPerSecond) {
    return new WrkResult(requestsPerSecond, 1000, 1, 2, 1, 2, 0, 0);
  }

  @Test
  void throughputSummaryGivesBothMediansAndTheirRatio() {
    HttpThroughput.Series baseline =
        new HttpThroughput.Series(
            "baseline", URI.create("http://b"), List.of(run(45000), run(45678), run(47000)));
    HttpThroughput.Series target =
        new HttpThroughput.Series(
            "target", URI.create("http://t"), List.of(run(12345), run(12000), run(13000)));
    assertEquals(
        "target  median 12345 req/s  baseline median 45678 req/s  ratio 0.27",
        HttpThroughput.summary(List.of(baseline, target)));
  }

  @Test
  void throughputSummaryWithoutATargetGivesTheBaselineAlone() {
    HttpThroughput.Series baseline =
        new HttpThroughput.Series("baseline", URI.create("http://b"), List.of(run(45678)));
    assertEquals("baseline  median 45678 req/s", HttpThroughput.summary(List.of(baseline)));
  }

  @Test
  void tableAlignsLabelsLeftAndFiguresRight() {
    String table = new Table("run", "req/s").row(1, "900").row(2, "12345").render();
    String nl = System.lineSeparator();
    assertEquals("run  req/s" + nl + "1      900" + nl + "2    12345" + nl, table);
  }
}
