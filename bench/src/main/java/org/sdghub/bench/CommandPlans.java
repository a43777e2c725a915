package org.sdghub.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a command's options into what it measures, with the defaults that {@code --help} states;
 * each command's known option names live here too.
 */
final class CommandPlans {

  static final Set<String> HTTP = names("target duration warmup connections threads runs header");
  static final Set<String> LATENCY =
      names("target rate duration warmup connections timeout header runs");
  static final Set<String> INFRA =
      names("seconds warmup runs clients jobs records record-size warmup-records partitions");
  static final Set<String> BASELINES =
      names(
          "duration warmup connections threads runs seconds clients jobs records record-size"
              + " warmup-records partitions");
  static final Set<String> OUTBOX = names("seconds clients jobs backlog runs");
  static final Set<String> GATEWAY =
      names("duration warmup connections threads runs latency-duration");
  static final Set<String> PARTNERS =
      names("organisations duration warmup connections threads runs");
  static final Set<String> PROJECTS = names("projects duration warmup connections threads runs");
  static final Set<String> FUNDING =
      names("projects clients duration warmup runs rate latency-duration");
  static final Set<String> WHO_WHAT_WHERE =
      names("rate latency-duration warmup rows duration runs");
  static final Set<String> STARTUP = names("runs requests");
  static final Set<String> BASELINE_SERVER = names("port");
  static final Set<String> REPEATABLE = names("header");

  private static final String PRODUCER_TOPIC = "bench.producer-perf";

  private CommandPlans() {}

  static HttpThroughput.Plan http(Options options) {
    Optional<URI> target = options.optional("target").map(CommandPlans::url);
    Wrk.Settings wrk =
        new Wrk.Settings(
            options.duration("duration", Duration.ofSeconds(10)),
            options.positiveInt("connections", 32),
            options.positiveInt("threads", 2),
            options.all("header"));
    if (wrk.threads() > wrk.connections()) {
      throw new UsageException("--threads must not exceed --connections");
    }
    return new HttpThroughput.Plan(
        target,
        wrk,
        options.duration("warmup", Duration.ofSeconds(5)),
        options.positiveInt("runs", 3));
  }

  static LatencyComparison.Plan latency(Options options) {
    URI target = url(options.optional("target").orElseThrow(() -> required("target")));
    double rate = options.positiveNumber("rate", 0);
    if (rate == 0) {
      throw required("rate");
    }
    LoadPlan load =
        new LoadPlan(
            target,
            rate,
            options.duration("duration", Duration.ofSeconds(30)),
            options.positiveInt("connections", 64),
            options.all("header"),
            options.duration("timeout", Duration.ofSeconds(10)));
    return new LatencyComparison.Plan(
        load, options.duration("warmup", Duration.ofSeconds(10)), options.positiveInt("runs", 2));
  }

  static InfraBaselines.Plan infra(Options options) {
    long records = options.positiveLong("records", 300_000);
    return new InfraBaselines.Plan(
        new PgBench.Settings(
            options.positiveInt("clients", 4),
            options.positiveInt("jobs", 2),
            Duration.ofSeconds(options.positiveLong("seconds", 10))),
        options.duration("warmup", Duration.ofSeconds(5)),
        new ProducerPerf.Settings(
            PRODUCER_TOPIC,
            records,
            options.positiveInt("record-size", 512),
            options.positiveLong("warmup-records", Math.min(50_000, records / 6))),
        options.positiveInt("partitions", 3),
        options.positiveInt("runs", 3));
  }

  static OutboxBench.Plan outbox(Options options, Path repoRoot) {
    return new OutboxBench.Plan(
        new PgBench.Settings(
            options.positiveInt("clients", 4),
            options.positiveInt("jobs", 2),
            Duration.ofSeconds(options.positiveLong("seconds", 10))),
        options.positiveLong("backlog", 100_000),
        options.positiveInt("runs", 3),
        repoRoot);
  }

  static GatewayBench.Plan gateway(Options options, Path repoRoot) {
    return new GatewayBench.Plan(
        http(options), options.duration("latency-duration", Duration.ofSeconds(20)), repoRoot);
  }

  static PartnersBench.Plan partners(Options options, Path repoRoot) {
    return new PartnersBench.Plan(
        options.positiveInt("organisations", 10_000), http(options), repoRoot);
  }

  static FundingBench.Plan funding(Options options, Path repoRoot) {
    return new FundingBench.Plan(
        options.positiveInt("projects", 400),
        options.positiveInt("clients", 8),
        options.duration("duration", Duration.ofSeconds(10)),
        options.duration("warmup", Duration.ofSeconds(5)),
        options.positiveInt("runs", 3),
        options.positiveInt("rate", 50),
        options.duration("latency-duration", Duration.ofSeconds(20)),
        repoRoot);
  }

  static WhoWhatWhereBench.Plan whoWhatWhere(Options options, Path repoRoot) {
    return new WhoWhatWhereBench.Plan(
        options.positiveInt("rate", 200),
        options.duration("latency-duration", Duration.ofSeconds(30)),
        options.duration("warmup", Duration.ofSeconds(10)),
        options.positiveInt("rows", 1_000_000),
        options.duration("duration", Duration.ofSeconds(10)),
        options.positiveInt("runs", 3),
        repoRoot);
  }

  static StartupBench.Plan startup(Options options, Path repoRoot) {
    return new StartupBench.Plan(
        options.positiveInt("runs", 5), options.positiveInt("requests", 2_000), repoRoot);
  }

  static ProjectsBench.Plan projects(Options options, Path repoRoot) {
    return new ProjectsBench.Plan(
        options.positiveInt("projects", 100_000), http(options), repoRoot);
  }

  private static URI url(String text) {
    URI uri;
    try {
      uri = URI.create(text);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--target is not a URL: '" + text + "'");
    }
    if (!"http".equals(uri.getScheme()) || uri.getHost() == null) {
      throw new UsageException("--target must be an http:// URL, not '" + text + "'");
    }
    return uri;
  }

  private static UsageException required(String option) {
    return new UsageException("--" + option + " is required");
  }

  private static Set<String> names(String spaceSeparated) {
    return Set.of(spaceSeparated.split(" "));
  }
}
