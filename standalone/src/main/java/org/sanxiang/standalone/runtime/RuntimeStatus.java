package org.sanxiang.standalone.runtime;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.sanxiang.repo.cmis.CmisDisclosureChannel;
import org.sanxiang.standalone.runtime.LocalSanxiangService.RuntimeSettings;
import org.sanxiang.standalone.runtime.Views.Health;
import org.sanxiang.standalone.runtime.Views.PendingPublicationView;
import org.sanxiang.workflow.engine.SxProcessDefinitions;

/** What the runtime tells about itself: where its parts are, and what its disclosure outbox still holds. */
final class RuntimeStatus {

    private final RuntimeSettings settings;
    private final CmisDisclosureChannel channel;
    private final Supplier<String> restUrl;

    RuntimeStatus(RuntimeSettings settings, CmisDisclosureChannel channel, Supplier<String> restUrl) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.channel = Objects.requireNonNull(channel, "channel");
        this.restUrl = Objects.requireNonNull(restUrl, "restUrl");
    }

    List<PendingPublicationView> pendingPublications() {
        return channel.pending().stream().map(r -> new PendingPublicationView(r.seq(), r.publicationId(),
                r.operation().name(), r.publication() == null ? null : r.publication().caseId(),
                r.publication() == null ? null : r.publication().title(), r.acceptedAt(), r.attempts(), r.lastError(),
                r.nextAttemptAt())).toList();
    }

    Health health() {
        return new Health("UP", settings.mode(), settings.version(), restUrl.get(), settings.cmisBrowserUrl(),
                settings.cmisAtomPubUrl(), settings.databaseUrl(), SxProcessDefinitions.PROCESS_KEYS,
                channel.pending().size());
    }
}
