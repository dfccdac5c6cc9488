package org.sanxiang.repo.jobs;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

import org.sanxiang.repo.cmis.CmisDisclosureChannel;
import org.sanxiang.repo.cmis.CmisEndpoint;
import org.sanxiang.repo.cmis.PendingPublications;
import org.sanxiang.repo.cmis.PersonalDataScreen;

/**
 * Delivers what waits in the disclosure outbox ({@code sx_pending_publication} in Alfresco's own
 * database): every request whose next attempt is due goes to the CMIS disclosure repository, in
 * acceptance order per publication, with the channel's own backoff ({@link CmisDisclosureChannel#deliverPending()}).
 * With no channel URL configured the channel is off: requests wait, and the run says how many.
 */
public final class PublicationRetry implements ScheduledWork {

    private final String url;
    private final String binding;
    private final String user;
    private final String password;
    private final String publicRoot;
    private final String internalRoot;
    private final PendingPublications outbox;
    private final Clock clock;
    private final Duration firstRetry;
    private final Duration maxRetry;
    private CmisDisclosureChannel channel;

    public PublicationRetry(String url, String binding, String user, String password, String publicRoot,
            String internalRoot, PendingPublications outbox, Clock clock, Duration firstRetry, Duration maxRetry) {
        this.url = url == null ? "" : url.strip();
        this.binding = binding;
        this.user = user == null ? "" : user;
        this.password = password == null ? "" : password;
        this.publicRoot = publicRoot;
        this.internalRoot = internalRoot;
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.firstRetry = Objects.requireNonNull(firstRetry, "firstRetry");
        this.maxRetry = Objects.requireNonNull(maxRetry, "maxRetry");
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
            // used for delivery only: publications were screened when the channel accepted them
            channel = new CmisDisclosureChannel(new CmisEndpoint(url, binding, user, password, null), publicRoot,
                    internalRoot, outbox, new PersonalDataScreen(), clock, firstRetry, maxRetry);
        }
        return channel;
    }
}
