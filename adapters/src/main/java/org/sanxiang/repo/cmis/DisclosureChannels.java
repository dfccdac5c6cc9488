package org.sanxiang.repo.cmis;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.sanxiang.rules.redaction.Redactor;
import org.sanxiang.workflow.port.CaseRepository;
import org.sanxiang.workflow.port.DisclosureChannel;
import org.sanxiang.workflow.port.Publication;

/**
 * The disclosure channel of an installation, as alfresco-global.properties configures it
 * ({@code sanxiang.disclosure.cmis.*}): the CMIS channel when a URL is set; with an empty URL, the
 * channel is off and every request waits in the same outbox table, screened as usual, until a URL is
 * set and the CMIS channel delivers what waits. Withdrawn and expired records go to
 * {@code <rootPath>-internal}, outside the public tree.
 *
 * <p>Inside Alfresco the channel never retries by itself: what waits in the outbox is delivered by
 * the cluster-locked pending-publication retry job ({@code org.sanxiang.repo.jobs.PublicationRetry}),
 * so that one node of a cluster retries, not all of them. Only a runtime without Quartz calls
 * {@link CmisDisclosureChannel#start()}.
 */
public final class DisclosureChannels {

    static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    static final Duration MAX_RETRY = Duration.ofHours(6);

    private DisclosureChannels() {
    }

    /** The screen every channel applies: the case is not excluded, and no personal data is left in the text. */
    public static PublicationScreen screen(CaseRepository cases) {
        return new ExcludedCaseScreen(cases).and(new PersonalDataScreen());
    }

    /** The redaction every string bound for the public tree passes: the case's parties and third parties, patterns, cues. */
    public static PublicTreeScreen publicTree(CaseRepository cases) {
        return new PublicTreeScreen(cases);
    }

    /**
     * The channel of the settings, over the installation's one outbox (inside Alfresco the bean
     * {@code sanxiang.disclosure.outbox}, which the retry job delivers from: one connection of the repository's
     * database, not one per user of the outbox).
     */
    public static DisclosureChannel configured(String url, String binding, String user, String password, String rootPath,
            PendingPublications outbox, CaseRepository cases) {
        Objects.requireNonNull(outbox, "outbox");
        PublicationScreen screen = screen(cases);
        PublicTreeScreen publicTree = publicTree(cases);
        if (url == null || url.isBlank()) {
            return new OutboxOnly(outbox, screen, publicTree, Clock.systemUTC());
        }
        String root = publicRoot(rootPath);
        return new CmisDisclosureChannel(endpoint(url, binding, user, password), root, internalRoot(root), outbox, screen,
                publicTree, Clock.systemUTC(), FIRST_RETRY, MAX_RETRY);
    }

    /** The public tree's path of the setting {@code sanxiang.disclosure.cmis.rootPath} ({@code /gongshi} when blank). */
    public static String publicRoot(String rootPath) {
        return rootPath == null || rootPath.isBlank() ? "/gongshi" : rootPath.strip();
    }

    /** Where withdrawn and expired records go: beside the public tree, outside it. */
    public static String internalRoot(String publicRoot) {
        return publicRoot + "-internal";
    }

    /** The disclosure repository of the settings {@code sanxiang.disclosure.cmis.*}, or null while the URL is empty. */
    public static CmisEndpoint endpoint(String url, String binding, String user, String password) {
        return url == null || url.isBlank() ? null
                : new CmisEndpoint(url.strip(), binding, user == null ? "" : user, password == null ? "" : password, null);
    }

    /** The channel while no repository is configured: accepts into the outbox, delivers nothing. */
    static final class OutboxOnly implements DisclosureChannel {

        private final PendingPublications outbox;
        private final PublicationScreen screen;
        private final PublicTreeScreen publicTree;
        private final Clock clock;

        OutboxOnly(PendingPublications outbox, PublicationScreen screen, PublicTreeScreen publicTree, Clock clock) {
            this.outbox = outbox;
            this.screen = screen;
            this.publicTree = publicTree;
            this.clock = clock;
        }

        @Override
        public String publish(Publication publication) {
            screen.check(publication);
            String id = CmisDisclosureChannel.publicationId(publication);
            if (!outbox.delivered(id) && last(id).isEmpty()) {
                // redacted with the case's individuals now: the channel that delivers it later may not know the case
                outbox.add(PendingRequest.accept(id, PendingRequest.Operation.PUBLISH,
                        PublicTreeScreen.redact(publicTree.redactorFor(publication.caseId()), publication), null,
                        clock.instant()));
            }
            return id;
        }

        @Override
        public void correct(String publicationId, Publication corrected, String reason) {
            screen.check(corrected);
            Redactor redactor = publicTree.redactorFor(corrected.caseId());
            accept(publicationId, PendingRequest.Operation.CORRECT, PublicTreeScreen.redact(redactor, corrected),
                    PublicTreeScreen.text(redactor, reason));
        }

        @Override
        public void withdraw(String publicationId, String reason) {
            accept(publicationId, PendingRequest.Operation.WITHDRAW, null, reason);
        }

        @Override
        public void takeDown(String publicationId) {
            accept(publicationId, PendingRequest.Operation.TAKE_DOWN, null, "display period ended");
        }

        /** The state the accepted requests lead to; what was delivered before the channel was switched off is unknown here. */
        @Override
        public Optional<State> state(String publicationId) {
            return last(publicationId).map(r -> switch (r.operation()) {
                case PUBLISH, CORRECT -> State.PUBLISHED;
                case WITHDRAW -> State.WITHDRAWN;
                case TAKE_DOWN -> State.TAKEN_DOWN;
            });
        }

        private void accept(String publicationId, PendingRequest.Operation operation, Publication publication, String reason) {
            if (last(publicationId).isEmpty() && !outbox.delivered(publicationId)) {
                throw new IllegalArgumentException("publicationId: no publication " + publicationId + " (the disclosure channel is off:"
                        + " sanxiang.disclosure.cmis.url is empty)");
            }
            if (operation != PendingRequest.Operation.TAKE_DOWN && (reason == null || reason.isBlank())) {
                throw new IllegalArgumentException("reason: required for " + operation);
            }
            outbox.add(PendingRequest.accept(publicationId, operation, publication, reason, clock.instant()));
        }

        private Optional<PendingRequest> last(String publicationId) {
            List<PendingRequest> all = outbox.all();
            PendingRequest last = null;
            for (PendingRequest r : all) {
                if (r.publicationId().equals(publicationId)) {
                    last = r;
                }
            }
            return Optional.ofNullable(last);
        }
    }
}
