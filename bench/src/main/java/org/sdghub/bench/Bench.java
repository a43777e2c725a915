package org.sdghub.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * The bench's command line: {@code http}, {@code latency}, {@code infra}, {@code baselines}, the
 * service commands ({@code partners}, {@code startup}...) and {@code baseline-server}; {@code
 * --help} explains them. Results go to standard output, progress to standard error.
 */
public final class Bench {

  private final Cleanup cleanup;
  private final Path workDir;
  private final PrintStream out = System.out;
  private final PrintStream progress = System.err;

  private Bench(Cleanup cleanup, Path workDir) {
    this.cleanup = cleanup;
    this.workDir = workDir;
  }

  public static void main(String[] args) {
    List<String> all = Arrays.asList(args);
    if (all.isEmpty() || all.contains("--help") || all.contains("-h") || all.contains("help")) {
      System.out.print(Help.TEXT);
      return;
    }
    // Temporary files and tool logs; bench/run points this into bench/target.
    Path workDir = Path.of(System.getProperty("sdghub.bench.dir", "target/bench")).toAbsolutePath();
    Bench bench = new Bench(Cleanup.onExit(), workDir);
    System.exit(bench.execute(all.get(0), all.subList(1, all.size())));
  }

  private int execute(String command, List<String> args) {
    try {
      switch (command) {
        case "http" -> http(options(args, CommandPlans.HTTP));
        case "latency" -> latency(options(args, CommandPlans.LATENCY));
        case "infra" -> infra(options(args, CommandPlans.INFRA));
        case "baselines" -> baselines(options(args, CommandPlans.BASELINES));
        case "outbox" -> outbox(options(args, CommandPlans.OUTBOX));
        case "partners" -> partners(options(args, CommandPlans.PARTNERS));
        case "projects" -> projects(options(args, CommandPlans.PROJECTS));
        case "gateway" -> gateway(options(args, CommandPlans.GATEWAY));
        case "funding" -> funding(options(args, CommandPlans.FUNDING));
        case "www" -> whoWhatWhere(options(args, CommandPlans.WHO_WHAT_WHERE));
        case "startup" -> startup(options(args, CommandPlans.STARTUP));
        case "baseline-server" -> serveBaseline(options(args, CommandPlans.BASELINE_SERVER));
        default -> throw new UsageException("Unknown command '" + command + "'");
      }
      return 0;
    } catch (UsageException e) {
      progress.println("bench: " + e.getMessage() + " (bench/run --help explains the commands)");
      return 2;
    } catch (MissingToolException e) {
      progress.println("bench: " + e.getMessage());
      return 3;
    } catch (Exception e) {
      return failed(command, e);
    } finally {
      cleanup.closeAll();
    }
  }

  private static Options options(List<String> args, Set<String> known) {
    return Options.parse(args, known, CommandPlans.REPEATABLE);
  }

  private void http(Options options) throws Exception {
    HttpThroughput.Plan plan = CommandPlans.http(options);
    HttpThroughput throughput = new HttpThroughput(Wrk.locate(commands()), out, progress);
    BaselineProcess baseline = BaselineProcess.start(logDir());
    try (Cleanup.Guard guard = cleanup.guard(baseline)) {
      throughput.run(baseline.url(), plan);
    }
  }

  private void latency(Options options) throws Exception {
    LatencyComparison.Plan plan = CommandPlans.latency(options);
    OpenLoopGenerator generator = new OpenLoopGenerator();
    try (Cleanup.Guard generatorGuard = cleanup.guard(generator)) {
      BaselineProcess baseline = BaselineProcess.start(logDir());
      try (Cleanup.Guard baselineGuard = cleanup.guard(baseline)) {
        new LatencyComparison(generator, out, progress).run(baseline.url(), plan);
      }
    }
  }

  private void infra(Options options) throws Exception {
    InfraBaselines.Plan plan = CommandPlans.infra(options);
    infraBaselines().run(plan);
  }

  private void baselines(Options options) throws Exception {
    HttpThroughput.Plan httpPlan = CommandPlans.http(options);
    InfraBaselines.Plan infraPlan = CommandPlans.infra(options);
    HttpThroughput throughput = new HttpThroughput(Wrk.locate(commands()), out, progress);
    InfraBaselines infra = infraBaselines();
    List<HttpThroughput.Series> http;
    BaselineProcess baseline = BaselineProcess.start(logDir());
    try (Cleanup.Guard guard = cleanup.guard(baseline)) {
      http = throughput.run(baseline.url(), httpPlan);
    }
    InfraBaselines.Result result = infra.run(infraPlan);
    out.print(BaselineSummary.render(http.get(0), result));
  }

  private void partners(Options options) throws Exception {
    new PartnersBench(
            new HttpThroughput(Wrk.locate(commands()), out, progress),
            cleanup,
            workDir,
            out,
            progress)
        .run(CommandPlans.partners(options, repoRoot()));
  }

  private void projects(Options options) throws Exception {
    Wrk wrk = Wrk.locate(commands());
    new ProjectsBench(new HttpThroughput(wrk, out, progress), wrk, cleanup, workDir, out, progress)
        .run(CommandPlans.projects(options, repoRoot()));
  }

  private void gateway(Options options) throws Exception {
    OpenLoopGenerator generator = new OpenLoopGenerator();
    try (Cleanup.Guard guard = cleanup.guard(generator)) {
      new GatewayBench(
              new HttpThroughput(Wrk.locate(commands()), out, progress),
              generator,
              cleanup,
              workDir,
              out,
              progress)
          .run(CommandPlans.gateway(options, repoRoot()));
    }
  }

  private static Path repoRoot() {
    return Path.of(System.getProperty("sdghub.repo-root", ".")).toAbsolutePath();
  }

  private void outbox(Options options) throws Exception {
    Path repoRoot = repoRoot();
    ExternalCommand commands = commands();
    new OutboxBench(
            PgBench.locate(commands, workDir),
            new ProducerPerf(commands, workDir),
            cleanup,
            logDir(),
            out,
            progress)
        .run(CommandPlans.outbox(options, repoRoot));
  }

  private void funding(Options options) throws Exception {
    ExternalCommand commands = commands();
    new FundingBench(
            PgBench.locate(commands, workDir),
            Wrk.locate(commands),
            cleanup,
            workDir,
            out,
            progress)
        .run(CommandPlans.funding(options, repoRoot()));
  }

  private void whoWhatWhere(Options options) throws Exception {
    new WhoWhatWhereBench(cleanup, workDir, out, progress)
        .run(CommandPlans.whoWhatWhere(options, repoRoot()));
  }

  private void startup(Options options) throws Exception {
    new StartupBench(cleanup, workDir, out, progress)
        .run(CommandPlans.startup(options, repoRoot()));
  }

  private void serveBaseline(Options options) throws Exception {
    BaselineServer baseline = BaselineServer.start(options.positiveInt("port", 0));
    try (Cleanup.Guard guard = cleanup.guard(baseline)) {
      out.println("Baseline server listening at " + baseline.url() + " (Ctrl-C stops it)");
      // Runs until the process is stopped; the cleanup's shutdown hook then closes the server.
      new CountDownLatch(1).await();
    }
  }

  private InfraBaselines infraBaselines() {
    ExternalCommand commands = commands();
    return new InfraBaselines(
        PgBench.locate(commands, workDir),
        new ProducerPerf(commands, workDir),
        cleanup,
        out,
        progress);
  }

  private ExternalCommand commands() {
    return new ExternalCommand(cleanup, logDir());
  }

  private Path logDir() {
    return workDir.resolve("logs");
  }

  private int failed(String command, Exception e) {
    if (cleanup.exiting()) {
      progress.println("bench: " + command + " stopped before it finished");
    } else if (e instanceof IOException || e instanceof SQLException) {
      progress.println("bench: " + command + " failed: " + causes(e));
    } else {
      progress.println("bench: " + command + " failed: " + e);
      e.printStackTrace(progress);
    }
    return 1;
  }

  // Tool and server failures: their messages say what happened; a stack trace would not help.
  private static String causes(Throwable e) {
    StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
        text.append(" (").append(cause.getMessage()).append(')');
      }
    }
    return text.toString();
  }
}
