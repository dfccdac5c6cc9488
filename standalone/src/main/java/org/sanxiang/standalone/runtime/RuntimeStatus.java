package org.sanxiang.standalone.runtime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.sanxiang.repo.cmis.CmisDisclosureChannel;
import org.sanxiang.standalone.runtime.LocalSanxiangService.RuntimeSettings;
import org.sanxiang.standalone.runtime.Views.Health;
import org.sanxiang.standalone.runtime.Views.InFlight;
import org.sanxiang.standalone.runtime.Views.PendingPublicationView;
import org.sanxiang.workflow.engine.SxProcessDefinitions;

/**
 * What the runtime tells about itself: where its parts are, the steps awaiting reconciliation and what its
 * disclosure outbox still holds, with their age.
 */
final class RuntimeStatus {

    private final RuntimeSettings settings;
    private final CmisDisclosureChannel channel;
    private final Supplier<String> restUrl;
    private final CaseSteps steps;
    private final Clock clock;

    RuntimeStatus(RuntimeSettings settings, CmisDisclosureChannel channel, Supplier<String> restUrl, CaseSteps steps,
            Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.channel = Objects.requireNonNull(channel, "channel");
        this.restUrl = Objects.requireNonNull(restUrl, "restUrl");
        this.steps = Objects.requireNonNull(steps, "steps");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    List<PendingPublicationView> pendingPublications() {
        return channel.pending().stream().map(r -> new PendingPublicationView(r.seq(), r.publicationId(),
                r.operation().name(), r.publication() == null ? null : r.publication().caseId(),
                r.publication() == null ? null : r.publication().title(), r.acceptedAt(), r.attempts(), r.lastError(),
                r.nextAttemptAt())).toList();
    }

    Health health() {
        Instant now = clock.instant();
        List<InFlight> inFlight = steps.pending().stream().map(p -> new InFlight(p.stepId(), p.origin(), p.caseId(),
                p.startedAt(), Duration.between(p.startedAt(), now).toSeconds(),
                p.committed() ? "committed, finishing" : p.state(), p.lastError())).toList();
        List<InFlight> publications = channel.pending().stream().map(r -> new InFlight(r.publicationId(),
                r.operation().name(), r.publication() == null ? null : r.publication().caseId(), r.acceptedAt(),
                Duration.between(r.acceptedAt(), now).toSeconds(), r.attempts() + " attempts", r.lastError())).toList();
        return new Health("UP", settings.mode(), settings.version(), restUrl.get(), settings.cmisBrowserUrl(),
                settings.cmisAtomPubUrl(), settings.databaseUrl(), SxProcessDefinitions.PROCESS_KEYS,
                publications.size(), inFlight, publications);
    }
}
