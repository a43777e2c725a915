package org.sdghub.gateway.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.sdghub.gateway.config.WhoWhatWhereConfig;
import org.sdghub.gateway.domain.ChangeFeedEntry;
import org.sdghub.gateway.domain.ChangeFeedFilter;
import org.sdghub.gateway.service.ChangeFeedService;

/**
 * The open event streams: each looks for new entries of the change feed every {@code
 * feed-poll-every} on a small shared pool (no thread per subscriber) and sends them in order, or a
 * heartbeat comment when it has been quiet for {@code feed-heartbeat}; it ends when its client
 * goes.
 */
@ApplicationScoped
public class ChangeFeedStreams {

  private static final Logger LOG = Logger.getLogger(ChangeFeedStreams.class);

  private final ChangeFeedService feed;
  private final WhoWhatWhereConfig config;
  private final ObjectMapper mapper;
  private final ScheduledExecutorService pool =
      Executors.newScheduledThreadPool(2, r -> new Thread(r, "sdghub-event-streams"));

  ChangeFeedStreams(ChangeFeedService feed, WhoWhatWhereConfig config, ObjectMapper mapper) {
    this.feed = feed;
    this.config = config;
    this.mapper = mapper;
  }

  /** Streams the entries after {@code after} that match, until the client goes. */
  void open(SseEventSink sink, Sse sse, ChangeFeedFilter filter, long after) {
    Stream stream = new Stream(sink, sse, filter, after);
    stream.task =
        pool.scheduleWithFixedDelay(
            stream::tick, 0, config.feedPollEvery().toMillis(), TimeUnit.MILLISECONDS);
  }

  void onStop(@Observes ShutdownEvent event) {
    pool.shutdownNow();
  }

  private final class Stream {
    private final SseEventSink sink;
    private final Sse sse;
    private final ChangeFeedFilter filter;
    private long position;
    private long quietSince = System.nanoTime();
    private volatile ScheduledFuture<?> task;

    Stream(SseEventSink sink, Sse sse, ChangeFeedFilter filter, long position) {
      this.sink = sink;
      this.sse = sse;
      this.filter = filter;
      this.position = position;
    }

    void tick() {
      try {
        if (sink.isClosed()) {
          stop();
          return;
        }
        List<ChangeFeedEntry> entries = feed.after(position, filter);
        for (ChangeFeedEntry entry : entries) {
          sink.send(
                  sse.newEventBuilder()
                      .id(Long.toString(entry.id()))
                      .name(entry.type())
                      .mediaType(MediaType.APPLICATION_JSON_TYPE)
                      .data(String.class, cloudEvent(entry))
                      .build())
              .toCompletableFuture()
              .get(10, TimeUnit.SECONDS);
          position = entry.id();
        }
        if (!entries.isEmpty()) {
          quietSince = System.nanoTime();
        } else if (System.nanoTime() - quietSince >= config.feedHeartbeat().toNanos()) {
          sink.send(sse.newEventBuilder().comment("heartbeat").build())
              .toCompletableFuture()
              .get(10, TimeUnit.SECONDS);
          quietSince = System.nanoTime();
        }
      } catch (Exception e) {
        LOG.debugf("Event stream ended: %s", e.toString());
        stop();
      }
    }

    private void stop() {
      try {
        sink.close();
      } catch (RuntimeException e) {
        // already gone
      }
      ScheduledFuture<?> running = task;
      if (running != null) {
        running.cancel(false);
      }
    }

    private String cloudEvent(ChangeFeedEntry entry) throws IOException {
      ObjectNode event = mapper.createObjectNode();
      event.put("specversion", "1.0");
      event.put("id", entry.eventId());
      event.put("source", entry.source());
      event.put("type", entry.type());
      event.put("subject", entry.subject());
      event.put("time", entry.time().toString());
      event.put("datacontenttype", "application/json");
      event.set("data", mapper.readTree(entry.data()));
      return mapper.writeValueAsString(event);
    }
  }
}
