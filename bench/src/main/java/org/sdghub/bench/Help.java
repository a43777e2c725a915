package org.sdghub.bench;

/** The text of {@code bench/run --help}. */
final class Help {

  static final String TEXT =
      """
      Usage: bench/run <command> [options]

      Every figure is reported with a baseline measured in the same run, and as a ratio to it
      (median over median), so figures from different machines and days stay comparable. The
      HTTP baseline is a raw Vert.x server answering GET /baseline with a fixed ~330-byte JSON
      record; the bench starts it in a JVM of its own (-Xms64m -Xmx512m, like each service).

      Commands
        http       Requests/s of a target and of the raw Vert.x baseline, with wrk (closed loop).
                     --target URL          endpoint under test; without it, the baseline alone
                     --duration 10s        length of each measured run
                     --warmup 5s           one unreported run of each endpoint first
                     --connections 32      wrk -c
                     --threads 2           wrk -t
                     --runs 3              measured runs of each, baseline and target interleaved
                     --header 'Name: v'    extra request header, repeatable
                                           (sent to the baseline too, which ignores it)
        latency    Open-loop latency of a target and of the baseline at the same fixed rate:
                   requests start at their intended times whatever the answers, and latency is
                   measured from the intended start, so stalls are not hidden. Both sides are
                   warmed up first, then measured in turn (baseline, target, target, baseline...).
                     --target URL          endpoint under test (required)
                     --rate N              requests per second (required)
                     --duration 30s        length of each measured run
                     --warmup 10s          one unreported run of each endpoint first
                     --runs 2              measured runs of each; percentiles are their medians
                     --connections 64      most connections; requests beyond them queue, and the
                                           queueing counts in their latency
                     --timeout 10s         a request unanswered this long is an error
                     --header 'Name: v'    repeatable
        infra      PostgreSQL and Kafka on their own, with their own tools, on the servers that
                   EmbeddedServers starts (or external ones: SDGHUB_POSTGRES_URL, SDGHUB_POSTGRES_USER,
                   SDGHUB_POSTGRES_PASSWORD, SDGHUB_KAFKA_BOOTSTRAP).
                     pgbench: single-row jsonb inserts, -n -M prepared
                       --seconds 10        -T of each run      --warmup 5s   one unreported run
                       --clients 4         -c                  --jobs 2      -j
                     ProducerPerformance: acks=all, enable.idempotence=true, unthrottled, after one
               unreported run; figures are the steady state after the warm-up records
                       --records 300000    --record-size 512   --warmup-records 50000
                       --partitions 3
                     --runs 3              measured runs of each tool
        baselines  The three baselines together: raw Vert.x req/s (http without a target), then
                   infra; takes the options of both (except --target and --header).
        outbox     The transactional outbox: the cost on a write (a row and its outbox row in one
                   transaction, pgbench, beside pgbench's single insert), then the relay of a real
                   partners-service draining a backlog committed at once (beside ProducerPerformance
                   sending as many records of the same size to the same broker).
                     --seconds 10   --clients 4   --jobs 2   pgbench, as for infra
                     --backlog 100000      events per drain (and records per producer run)
                     --runs 3              measured runs of each side, interleaved
        partners   partners-service (built jar, its own JVM) with a registry of --organisations
                   10000 registered through its API: GET by id and a filtered, sorted list, each
                   with wrk beside the raw Vert.x baseline; takes the options of http (no --target).
        projects   projects-service and partners-service (built jars, their own JVMs): organisations
                   registered in partners-service reach projects-service through their events,
                   then --projects 100000 are created through the API; GET by id and a filtered
                   list, each with wrk beside the raw Vert.x baseline, then the list and a Russian
                   full-text search alone on one connection; options of http (no --target).
        gateway    The same GET (an organisation by id) through the gateway with an API key and
                   directly to partners-service with an internal token, each with wrk beside the raw
                   Vert.x baseline, their ratio, then open-loop latency of both at half the direct
                   maximum and what the gateway adds at p50/p99; options of http (no --target) and
                     --latency-duration 20s
        funding    funding-service with partners-service and projects-service (built jars, their
                   own JVMs; organisations and --projects 400 reach funding-service through their
                   events), one webhook subscription per donor to a receiver in the bench:
                   POST transaction throughput beside pgbench's single insert (--clients 8,
                   --duration 10s, --warmup 5s, --runs 3, interleaved); webhook deliveries per
                   second (a redelivered backlog) beside wrk sending the receiver the same signed
                   request; and 201-to-webhook latency at --rate 50 for --latency-duration 20s
        www        The who-what-where read model: partners-service, projects-service and the
                   gateway (built jars, own JVMs, production configuration, rate limiting on).
                   The time from a project's 201 at projects-service to its appearance in
                   GET /api/v1/who-what-where at --rate 200 writes/s for --latency-duration 30s
                   (after --warmup 10s); then the grouped query (country x SDG goal) over a read
                   model of --rows 1000000 through the API beside the same aggregate run directly
                   in PostgreSQL, one client each, --duration 10s, --runs 3, interleaved
        startup    Each service's start and memory beside a trivial Quarkus application (module
                   bench/trivial-quarkus: Quarkus REST with GET /hello, SmallRye Health), in the
                   same run. PostgreSQL and Kafka start once; then a warm-up round (not counted)
                   and --runs 5 rounds start trivial-quarkus, partners-service, projects-service,
                   funding-service and the gateway one JVM at a time (reversed every other round),
                   each with the JVM options (-Xms64m -Xmx512m) and production configuration of
                   the local stack. Times from process start to the first 200 of /q/health/ready
                   and of one real API read; VmRSS after that read and after --requests 2000 of
                   it (4 clients), and VmHWM. Medians, start / trivial (target <= 2.0), RSS in MB
                   (target <= 200 MB).
        baseline-server
                   Runs the raw Vert.x baseline alone until stopped (Ctrl-C), to point other
                   tools at.
                     --port N              default: a free port, printed

      Examples
        bench/run baselines
        bench/run http --target http://127.0.0.1:8081/api/organisations --header 'Authorization: Bearer x'
        bench/run latency --target http://127.0.0.1:8081/api/organisations --rate 2000
        bench/run outbox
        bench/run startup --runs 3

      Tools: wrk (apt-get install -y wrk) and pgbench (apt-get install -y postgresql-client).
      Logs of each tool run are kept in bench/target/bench/logs.
      """;

  private Help() {}
}
