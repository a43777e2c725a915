package org.sdghub.gateway.service;

import io.quarkus.arc.All;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.sdghub.gateway.client.TopicHistory;
import org.sdghub.gateway.config.WhoWhatWhereConfig;
import org.sdghub.gateway.domain.ReadModelRebuilt;
import org.sdghub.gateway.repository.ReadModelRepository;
import org.sdghub.platform.ReceivedEvent;

/**
 * Rebuilds the read model from scratch by replaying its topics from the beginning, in one
 * transaction: the state tables are locked against the inbox and emptied, every event up to the
 * topics' current ends is replayed through the same code as the inbox's (a state is kept only when
 * newer), and the result commits at once. Readers see the old state until then; events that arrive
 * meanwhile wait for the lock and then apply as usual (already replayed ones change nothing). The
 * change feed is left as it is: it is a log, not state. One rebuild at a time per instance.
 */
@ApplicationScoped
public class ReadModelRebuild {

  private static final Logger LOG = Logger.getLogger(ReadModelRebuild.class);

  private final ReadModelRepository readModel;
  private final TopicHistory history;
  private final WhoWhatWhereConfig config;
  private final WhoWhatWhereIndex index;
  private final Map<String, ReadModelReplay> byType = new HashMap<>();

  ReadModelRebuild(
      ReadModelRepository readModel,
      TopicHistory history,
      WhoWhatWhereConfig config,
      WhoWhatWhereIndex index,
      @All List<ReadModelReplay> replays) {
    this.readModel = readModel;
    this.history = history;
    this.config = config;
    this.index = index;
    replays.forEach(r -> r.types().forEach(type -> byType.put(type, r)));
  }

  /** Rebuilds and says what was replayed. */
  public synchronized ReadModelRebuilt rebuild() {
    Instant started = Instant.now();
    long events =
        QuarkusTransaction.requiringNew()
            .timeout((int) config.rebuildTimeout().toSeconds())
            .call(this::replayAll);
    ReadModelRebuilt done = new ReadModelRebuilt(config.topics(), events, started, Instant.now());
    LOG.infof("Read model rebuilt from %d events of %s", events, config.topics());
    // The in-memory index follows the change feed, which a rebuild leaves alone: read it anew.
    index.rebuild();
    return done;
  }

  private long replayAll() {
    readModel.clearForRebuild();
    return history.replay(config.topics(), this::replay);
  }

  private void replay(ReceivedEvent event) {
    ReadModelReplay replay = byType.get(event.type());
    if (replay == null) {
      return;
    }
    try {
      replay.replay(event);
    } catch (IllegalArgumentException e) {
      // The inbox parked it as a dead letter when it first came; a rebuild does the same: skip.
      LOG.warnf("Rebuild skipped event %s (%s): %s", event.id(), event.type(), e.getMessage());
    }
  }
}
