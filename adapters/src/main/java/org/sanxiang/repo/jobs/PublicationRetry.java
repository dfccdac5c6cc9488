package org.sanxiang.repo.jobs;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

import org.sanxiang.repo.cmis.CmisDisclosureChannel;
import org.sanxiang.repo.cmis.CmisEndpoint;
import org.sanxiang.repo.cmis.PendingPublications;
import org.sanxiang.repo.cmis.PersonalDataScreen;
import org.sanxiang.repo.cmis.PublicTreeScreen;

/**
 * Delivers what waits in the disclosure outbox ({@code sx_publication_outbox} in Alfresco's own
 * database): every request whose next attempt is due goes to the CMIS disclosure repository, in
 * acceptance order per publication, with the channel's own backoff ({@link CmisDisclosureChannel#deliverPending()}).
 * With no channel URL configured the channel is off: requests wait, and the run says how many.
 * Withdrawn and expired records go to {@code <rootPath>-internal}, retries wait 1 minute doubling
 * up to 6 hours: as the installation's channel (DisclosureChannels) has them.
 */
public final class PublicationRetry implements ScheduledWork {

    private final String url;
    private final String binding;
    private final String user;
    private final String password;
    static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    static final Duration MAX_RETRY = Duration.ofHours(6);

    private final String publicRoot;
    private final PendingPublications outbox;
    private final Clock clock;
    private CmisDisclosureChannel channel;

    public PublicationRetry(String url, String binding, String user, String password, String rootPath,
            PendingPublications outbox, Clock clock) {
        this.url = url == null ? "" : url.strip();
        this.binding = binding;
        this.user = user == null ? "" : user;
        this.password = password == null ? "" : password;
        this.publicRoot = rootPath == null || rootPath.isBlank() ? "/gongshi" : rootPath.strip();
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (!this.url.isEmpty()) {
            channel(); // a bad setting (binding, root paths, retry times) stops start-up, naming the field
        }
    }

    @Override
    public String name() {
        return "sanxiangPublicationRetry";
    }

    @Override
    public synchronized String run() {
        if (url.isEmpty()) {
            return "publication retry: channel off (sanxiang.disclosure.cmis.url is empty), "
                    + outbox.all().size() + " request(s) waiting";
        }
        int delivered = channel().deliverPending();
        return "publication retry: " + delivered + " delivered, " + outbox.all().size() + " waiting";
    }

    private CmisDisclosureChannel channel() {
        if (channel == null) {
            // used for delivery only: publications were screened and redacted with their case's individuals
            // when the channel accepted them; the writes still pass the case-free redactor
            channel = new CmisDisclosureChannel(new CmisEndpoint(url, binding, user, password, null), publicRoot,
                    publicRoot + "-internal", outbox, new PersonalDataScreen(), PublicTreeScreen.caseFree(), clock,
                    FIRST_RETRY, MAX_RETRY);
        }
        return channel;
    }
}
