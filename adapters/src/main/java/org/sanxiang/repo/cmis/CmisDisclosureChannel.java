package org.sanxiang.repo.cmis;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.chemistry.opencmis.client.api.CmisObject;
import org.apache.chemistry.opencmis.client.api.Document;
import org.apache.chemistry.opencmis.client.api.Folder;
import org.apache.chemistry.opencmis.client.api.ItemIterable;
import org.apache.chemistry.opencmis.client.api.ObjectId;
import org.apache.chemistry.opencmis.client.api.QueryResult;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.data.ContentStream;
import org.apache.chemistry.opencmis.commons.enums.VersioningState;
import org.apache.chemistry.opencmis.commons.exceptions.CmisBaseException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisConnectionException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisContentAlreadyExistsException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisNameConstraintViolationException;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.rules.facts.ActionCategory;
import org.sanxiang.rules.redaction.Redactor;
import org.sanxiang.workflow.port.DisclosureChannel;
import org.sanxiang.workflow.port.Publication;

/**
 * Publishes disclosure records to a CMIS 1.1 repository (the bureau's Alfresco or a portal repository).
 *
 * <ul>
 * <li>A record is a {@code D:sx:disclosureRecord} in {@code <public root>/<year>/<kind>}: the summary
 * and display data as properties, the redacted full text (or the summary) as its content.</li>
 * <li>A correction is a new major version; the earlier versions stay. Withdrawal and expiry move the
 * record out of the public tree into {@code <internal root>/<year>/<kind>} and add a version stating
 * the state ({@code withdrawn} / {@code expired}), the time and the reason.</li>
 * <li>Exactly once: the publication id is the publication's {@link Publication#idempotencyKey()
 * idempotency key} (case, kind and title), stored as the record's {@code cmis:name}. The outbox accepts
 * a publication id once, so a duplicate publish is answered by the insert that would accept it; the
 * first attempt of a request this instance accepted goes straight to {@code createDocument} (nothing
 * can be there yet); before a retried create (or one left by a crashed process) the channel looks the
 * key up by a CMIS query; and a name clash in the target folder counts as "already there" once that
 * query finds the record (this also stops a second node with its own outbox while the record is
 * public). Corrections carry their outbox sequence number as the check-in comment, so a retried
 * correction is not applied twice.</li>
 * <li>Cost of the common case: one outbox insert, one {@code createDocument} round trip (the folder
 * ids are cached after their first lookup), one outbox update.</li>
 * <li>Never lost: every request is stored in the {@link PendingPublications} outbox before the call
 * returns and counts as pending until it has reached the repository; failed deliveries are retried with
 * exponential backoff, by {@link #start()}'s background task and after a restart. {@link #pending()}
 * shows the operator what waits and why.</li>
 * <li>Nothing excluded or unredacted: every publication and correction passes the
 * {@link PublicationScreen} here, at the channel, before it is accepted.</li>
 * <li>Nothing private made public: what is accepted is redacted with the case's individuals, and every
 * property, content, content file name and folder name written under the public root passes the
 * {@link PublicTreeScreen} again right before the write; no other path writes there.</li>
 * </ul>
 */
public final class CmisDisclosureChannel implements DisclosureChannel, AutoCloseable {

    static final String RECORD_TYPE = "D:" + SanxiangModel.TYPE_DISCLOSURE_RECORD.toPrefixString();
    static final String RECORD_QUERY_NAME = SanxiangModel.TYPE_DISCLOSURE_RECORD.toPrefixString();
    private static final String STATE = SanxiangModel.PROP_DISCLOSURE_STATE.toPrefixString();
    private static final String REQUEST_TOKEN = "sx-outbox-request:";

    private final CmisEndpoint endpoint;
    private final String publicRoot;
    private final String internalRoot;
    private final PendingPublications outbox;
    private final PublicationScreen screen;
    private final PublicTreeScreen publicTree;
    private final Clock clock;
    private final Duration firstRetry;
    private final Duration maxRetry;
    private final Map<String, String> folderIds = new ConcurrentHashMap<>();
    /** Requests this instance accepted and has not yet tried: nothing can have reached the repository for them. */
    private final Set<Long> untried = ConcurrentHashMap.newKeySet();
    /** The case's redactor of each request this instance accepted and has not delivered: used again at the write. */
    private final Map<Long, Redactor> caseRedactors = new ConcurrentHashMap<>();
    /**
     * Whether the outbox may hold requests that are due and not in anyone's hands: true at start (a
     * previous process may have left some), after a failed attempt and after a non-publish request;
     * false once {@link #deliverPending()} has delivered everything it found.
     */
    private volatile boolean backlog = true;
    private Session session;
    private ScheduledExecutorService retrier;

    /**
     * @param publicRoot   folder path of the public tree, e.g. {@code /Sites/portal/documentLibrary/公示}
     * @param internalRoot folder path for withdrawn and expired records, outside the public tree
     * @param publicTree   the redaction every string bound for the public tree passes
     */
    public CmisDisclosureChannel(CmisEndpoint endpoint, String publicRoot, String internalRoot,
            PendingPublications outbox, PublicationScreen screen, PublicTreeScreen publicTree, Clock clock,
            Duration firstRetry, Duration maxRetry) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.publicRoot = folderPath("publicRoot", publicRoot);
        this.internalRoot = folderPath("internalRoot", internalRoot);
        if (this.internalRoot.equals(this.publicRoot) || this.internalRoot.startsWith(this.publicRoot + "/")) {
            throw new IllegalArgumentException("internalRoot: " + internalRoot + " must lie outside the public tree "
                    + publicRoot);
        }
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.screen = Objects.requireNonNull(screen, "screen");
        this.publicTree = Objects.requireNonNull(publicTree, "publicTree");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (firstRetry.isNegative() || firstRetry.isZero() || maxRetry.compareTo(firstRetry) < 0) {
            throw new IllegalArgumentException("firstRetry/maxRetry: need 0 < firstRetry <= maxRetry");
        }
        this.firstRetry = firstRetry;
        this.maxRetry = maxRetry;
    }

    /** The publication id of a publication: its {@link Publication#idempotencyKey() idempotency key}. */
    public static String publicationId(Publication p) {
        return p.idempotencyKey();
    }

    /** Starts retrying pending requests in the background (every {@code firstRetry}, each with its own backoff). */
    public synchronized CmisDisclosureChannel start() {
        if (retrier == null) {
            retrier = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "sx-disclosure-outbox");
                t.setDaemon(true);
                return t;
            });
            long period = firstRetry.toMillis();
            retrier.scheduleWithFixedDelay(this::deliverQuietly, 0, period, TimeUnit.MILLISECONDS);
        }
        return this;
    }

    /** Whether {@link #start()} runs a retry thread of this channel's own. */
    synchronized boolean retriesByItself() {
        return retrier != null;
    }

    @Override
    public void close() {
        ScheduledExecutorService r;
        synchronized (this) {
            r = retrier;
            retrier = null;
        }
        if (r != null) {
            r.shutdownNow();
            try {
                r.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public String publish(Publication publication) {
        screen.check(publication);
        String id = publicationId(publication);
        Redactor redactor = publicTree.redactorFor(publication.caseId());
        // One insert accepts it; the outbox refuses a publication id it has accepted before, so a
        // duplicate (delivered or still pending) needs no lookup first.
        Optional<PendingRequest> accepted = outbox.add(PendingRequest.accept(id, PendingRequest.Operation.PUBLISH,
                PublicTreeScreen.redact(redactor, publication), null, clock.instant()));
        if (accepted.isEmpty()) {
            deliverBacklog(); // a duplicate: if it is still pending, this is a good moment to retry it
            return id;
        }
        caseRedactors.put(accepted.get().seq(), redactor);
        untried.add(accepted.get().seq());
        // A new publish is the first request for its id, so it can go ahead of whatever else waits.
        if (deliverAlone(accepted.get()) == Outcome.DELIVERED) {
            deliverBacklog();
        }
        return id;
    }

    @Override
    public void correct(String publicationId, Publication corrected, String reason) {
        screen.check(corrected);
        requireReason("reason", reason);
        requirePublished(publicationId);
        Redactor redactor = publicTree.redactorFor(corrected.caseId());
        outbox.add(PendingRequest.accept(publicationId, PendingRequest.Operation.CORRECT,
                PublicTreeScreen.redact(redactor, corrected), PublicTreeScreen.text(redactor, reason), clock.instant()))
                .ifPresent(r -> caseRedactors.put(r.seq(), redactor));
        backlog = true;
        deliverQuietly();
    }

    @Override
    public void withdraw(String publicationId, String reason) {
        requireReason("reason", reason);
        if (alreadyAccepted(publicationId, State.WITHDRAWN)) {
            return;
        }
        requirePublished(publicationId);
        outbox.add(PendingRequest.accept(publicationId, PendingRequest.Operation.WITHDRAW, null, reason, clock.instant()));
        backlog = true;
        deliverQuietly();
    }

    @Override
    public void takeDown(String publicationId) {
        if (alreadyAccepted(publicationId, State.TAKEN_DOWN)) {
            return;
        }
        requirePublished(publicationId);
        outbox.add(PendingRequest.accept(publicationId, PendingRequest.Operation.TAKE_DOWN, null,
                "display period ended", clock.instant()));
        backlog = true;
        deliverQuietly();
    }

    /**
     * The state as accepted: a pending request counts (it will land), otherwise the record's state in
     * the repository. Fails when the repository cannot be reached and nothing is pending.
     */
    @Override
    public Optional<State> state(String publicationId) {
        PendingRequest last = null;
        for (PendingRequest r : outbox.all()) {
            if (r.publicationId().equals(publicationId)) {
                last = r;
            }
        }
        if (last != null) {
            return Optional.of(stateAfter(last.operation()));
        }
        return findRecord(publicationId).map(d -> stateOf(d.getPropertyValue(STATE)));
    }

    /** What waits for delivery, oldest first, with attempts and the last error: the operator's view. */
    public List<PendingRequest> pending() {
        return outbox.all();
    }

    /**
     * Delivers every pending request whose time has come, in acceptance order per publication; stops
     * at the first connection failure. Returns how many were delivered.
     */
    public synchronized int deliverPending() {
        int delivered = 0;
        Set<String> blocked = new HashSet<>();
        Instant now = clock.instant();
        List<PendingRequest> waiting = outbox.all();
        for (PendingRequest r : waiting) {
            if (blocked.contains(r.publicationId())) {
                continue;
            }
            if (r.nextAttemptAt().isAfter(now)) {
                blocked.add(r.publicationId()); // later requests for it wait their turn
                continue;
            }
            Outcome outcome = deliver(r, now);
            if (outcome == Outcome.DELIVERED) {
                delivered++;
            } else if (outcome == Outcome.UNREACHABLE) {
                return delivered;
            } else {
                blocked.add(r.publicationId());
            }
        }
        if (delivered == waiting.size()) {
            backlog = false; // nothing left behind; a failure or a new non-publish request sets it again
        }
        return delivered;
    }

    private enum Outcome { DELIVERED, UNREACHABLE, FAILED }

    private synchronized Outcome deliverAlone(PendingRequest r) {
        try {
            return deliver(r, clock.instant());
        } catch (RuntimeException e) {
            backlog = true; // kept in the outbox; retried later
            return Outcome.FAILED;
        }
    }

    /** Delivers what waits, if anything may: costs nothing while the outbox is known to be empty. */
    private void deliverBacklog() {
        if (backlog) {
            deliverQuietly();
        }
    }

    private Outcome deliver(PendingRequest r, Instant now) {
        try {
            apply(r);
        } catch (CmisConnectionException e) {
            session = null;
            backlog = true;
            outbox.failed(r.seq(), "unreachable: " + describe(e), now.plus(backoff(r.attempts())));
            return Outcome.UNREACHABLE;
        } catch (CmisBaseException | IllegalStateException | IllegalArgumentException e) {
            backlog = true;
            outbox.failed(r.seq(), describe(e), now.plus(backoff(r.attempts())));
            return Outcome.FAILED;
        }
        outbox.done(r.seq());
        caseRedactors.remove(r.seq());
        return Outcome.DELIVERED;
    }

    private void deliverQuietly() {
        try {
            deliverPending();
        } catch (RuntimeException e) {
            // the outbox keeps the request; the next round retries and records the error
        }
    }

    Duration backoff(int attempts) {
        Duration d = firstRetry;
        for (int i = 0; i < attempts && d.compareTo(maxRetry) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(maxRetry) > 0 ? maxRetry : d;
    }

    // ---- delivery

    private void apply(PendingRequest r) {
        switch (r.operation()) {
            case PUBLISH -> create(r);
            case CORRECT -> newVersion(r, existing(r.publicationId()), r.publication(), "corrected", r.reason());
            case WITHDRAW -> retire(r, "withdrawn");
            case TAKE_DOWN -> retire(r, "expired");
            default -> throw new IllegalStateException("unknown operation " + r.operation());
        }
    }

    private void create(PendingRequest r) {
        // The query is needed only when an earlier attempt may have landed (a retry, a request left by a
        // crashed process). A request this instance accepted and never tried cannot have; a duplicate of
        // it filed meanwhile by another instance hits the name in the same folder (caught below).
        boolean firstTry = untried.remove(r.seq());
        if (!firstTry && findRecord(r.publicationId()).isPresent()) {
            return; // delivered before (a retry, a crash after create, a duplicate event)
        }
        Publication p = r.publication();
        String folderId = folder(publicRoot, r);
        Map<String, Object> props = new HashMap<>(content(p, "published"));
        props.put(PropertyIds.OBJECT_TYPE_ID, RECORD_TYPE);
        props.put(PropertyIds.NAME, recordName(r.publicationId()));
        props.put(SanxiangModel.PROP_PUBLISHED_AT.toPrefixString(), CmisValues.toCmis(clock.instant()));
        props.put(SanxiangModel.PROP_DISCLOSURE_CHANNELS.toPrefixString(), List.of("cmis"));
        Redactor redactor = redactorAtWrite(r);
        try {
            session().createDocument(publicProperties(redactor, props), session().createObjectId(folderId),
                    text(redactor, p), VersioningState.MAJOR);
        } catch (CmisContentAlreadyExistsException | CmisNameConstraintViolationException e) {
            if (findRecord(r.publicationId()).isEmpty()) {
                throw e; // a different object holds the name: an error for the operator
            }
        }
    }

    private void newVersion(PendingRequest r, Document current, Publication p, String state, String reason) {
        String token = REQUEST_TOKEN + r.seq();
        if (token.equals(current.getCheckinComment())) {
            return; // this request was applied before the outbox heard of it
        }
        String currentState = current.getPropertyValue(STATE);
        if ("withdrawn".equals(currentState) || "expired".equals(currentState)) {
            throw new IllegalStateException("publication " + r.publicationId() + " is " + currentState
                    + ", it cannot be " + state);
        }
        if (Boolean.TRUE.equals(current.isVersionSeriesCheckedOut())) {
            Document pwc = (Document) session().getObject(current.getVersionSeriesCheckedOutId());
            pwc.cancelCheckOut(); // left over from an attempt that died half-way
            current = latest(current.getId());
        }
        Map<String, Object> props = new HashMap<>();
        ContentStream stream = null;
        Instant now = clock.instant();
        Redactor redactor = redactorAtWrite(r);
        if (p != null) {
            props.putAll(content(p, state));
            stream = text(redactor, p);
            props.put(SanxiangModel.PROP_CORRECTED_AT.toPrefixString(), CmisValues.toCmis(now));
            props.put(SanxiangModel.PROP_CORRECTION_REASON.toPrefixString(), reason);
        } else {
            props.put(STATE, state);
            props.put(SanxiangModel.PROP_WITHDRAWN_AT.toPrefixString(), CmisValues.toCmis(now));
            props.put(SanxiangModel.PROP_WITHDRAWAL_REASON.toPrefixString(), reason);
        }
        ObjectId pwcId = current.checkOut();
        Document pwc = (Document) session().getObject(pwcId);
        pwc.checkIn(true, publicProperties(redactor, props), stream, token);
    }

    private void retire(PendingRequest r, String state) {
        Document current = existing(r.publicationId());
        String target = folder(internalRoot, r);
        List<Folder> parents = current.getParents();
        if (parents.stream().noneMatch(f -> f.getId().equals(target))) {
            Folder from = parents.get(0);
            current = (Document) current.move(from, session().createObjectId(target));
        }
        String currentState = current.getPropertyValue(STATE);
        if (!state.equals(currentState)) {
            newVersion(r, latest(current.getId()), null, state, r.reason());
        }
    }

    private Map<String, Object> content(Publication p, String state) {
        Map<String, Object> props = new HashMap<>();
        props.put(STATE, state);
        props.put(SanxiangModel.PROP_DISCLOSURE_FORM.toPrefixString(), p.redactedText() != null ? "fullDocument" : "summary");
        props.put(PropertyIds.DESCRIPTION, p.summary());
        props.put(SanxiangModel.PROP_DISCLOSED_CASE_NAME.toPrefixString(), p.title());
        props.put(SanxiangModel.PROP_REDACTED.toPrefixString(), p.redactedText() != null);
        props.put(SanxiangModel.PROP_DISPLAY_UNTIL.toPrefixString(), CmisValues.toCmis(p.displayUntil()));
        if (isActionCategory(p.kind())) {
            props.put(SanxiangModel.PROP_DISCLOSED_CATEGORY.toPrefixString(), p.kind());
        }
        // the structured fields the draft holds (case number, party as redacted, document number, authority…)
        p.fields().forEach(props::putIfAbsent);
        return props;
    }

    private ContentStream text(Redactor redactor, Publication p) {
        String body = PublicTreeScreen.text(redactor, p.redactedText() != null ? p.redactedText() : p.summary());
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return session().getObjectFactory().createContentStream(PublicTreeScreen.text(redactor, p.title()) + ".txt",
                bytes.length, "text/plain; charset=UTF-8", new ByteArrayInputStream(bytes));
    }

    /** The case's redactor when this instance accepted the request, else the case-free one (the text was redacted on acceptance). */
    private Redactor redactorAtWrite(PendingRequest r) {
        Redactor redactor = caseRedactors.get(r.seq());
        return redactor != null ? redactor : PublicTreeScreen.caseFreeRedactor();
    }

    /**
     * Every property redacted right before the write. The record's name is the publication id the
     * channel finds it by: a redaction that would change it is a fault, not a name to write.
     */
    private static Map<String, Object> publicProperties(Redactor redactor, Map<String, Object> props) {
        Map<String, Object> out = PublicTreeScreen.properties(redactor, props);
        if (!Objects.equals(out.get(PropertyIds.NAME), props.get(PropertyIds.NAME))) {
            throw new IllegalStateException("the record name " + props.get(PropertyIds.NAME)
                    + " would be changed by redaction; it is the publication id and must not hold personal data");
        }
        return out;
    }

    // ---- lookups

    /** The latest version of the record with this publication id, found by a CMIS query on its key. */
    Optional<Document> findRecord(String publicationId) {
        String statement = "SELECT cmis:objectId FROM " + RECORD_QUERY_NAME + " WHERE cmis:name = "
                + CmisQueryLiterals.literal(recordName(publicationId));
        ItemIterable<QueryResult> rows = session().query(statement, false);
        for (QueryResult row : rows) {
            String objectId = row.getPropertyValueById(PropertyIds.OBJECT_ID);
            return Optional.of(latest(objectId));
        }
        return Optional.empty();
    }

    /**
     * The publication ids of records whose title contains the text (user input, e.g. from a search
     * box): the text is escaped, so quotes and wildcards in it match only themselves.
     */
    public List<String> findByTitle(String titleContains) {
        String statement = "SELECT cmis:name FROM " + RECORD_QUERY_NAME + " WHERE "
                + SanxiangModel.PROP_DISCLOSED_CASE_NAME.toPrefixString() + " LIKE "
                + CmisQueryLiterals.containsPattern(titleContains);
        List<String> ids = new ArrayList<>();
        for (QueryResult row : session().query(statement, false)) {
            String name = row.getPropertyValueById(PropertyIds.NAME);
            ids.add(name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name);
        }
        return ids;
    }

    private Document existing(String publicationId) {
        return findRecord(publicationId).orElseThrow(() -> new IllegalArgumentException(
                "publicationId: no publication " + publicationId + " in " + endpoint.url()));
    }

    private Document latest(String objectId) {
        CmisObject o = session().getObject(objectId);
        if (!(o instanceof Document d)) {
            throw new IllegalStateException(objectId + " is not a document");
        }
        return Boolean.TRUE.equals(d.isLatestVersion()) ? d : d.getObjectOfLatestVersion(false);
    }

    /**
     * Whether the publication is in {@code target} already, as accepted: the retry of a step whose earlier
     * attempt was accepted here and then failed (this outbox is not part of the step) finds it done.
     */
    private boolean alreadyAccepted(String publicationId, State target) {
        if (org.sanxiang.repo.step.Steps.switchedOff("no-channel-idempotence")) {
            return false; // the tests' switch: a retry is a new request
        }
        try {
            return state(Objects.requireNonNull(publicationId, "publicationId")).filter(target::equals).isPresent();
        } catch (CmisConnectionException e) {
            session = null;
            return false;
        }
    }

    private void requirePublished(String publicationId) {
        Objects.requireNonNull(publicationId, "publicationId");
        Optional<State> state;
        try {
            state = state(publicationId);
        } catch (CmisConnectionException e) {
            session = null;
            return; // cannot check now; the request is accepted and checked again on delivery
        }
        if (state.isEmpty()) {
            throw new IllegalArgumentException("publicationId: no publication " + publicationId);
        }
        if (state.get() != State.PUBLISHED) {
            throw new IllegalStateException("publication " + publicationId + " is " + state.get() + ", not PUBLISHED");
        }
    }

    private String folder(String root, PendingRequest r) {
        String kind = r.publication() != null ? r.publication().kind() : "records";
        if (r.operation() != PendingRequest.Operation.PUBLISH) {
            Document d = existing(r.publicationId());
            Object category = d.getPropertyValue(SanxiangModel.PROP_DISCLOSED_CATEGORY.toPrefixString());
            kind = category != null ? category.toString() : kindFolderOf(d);
        }
        int year = r.acceptedAt().atZone(CmisValues.ZONE).getYear();
        return ensureFolder(root + "/" + year + "/" + safeName(kind));
    }

    private static String kindFolderOf(Document d) {
        List<Folder> parents = d.getParents();
        return parents.isEmpty() ? "records" : parents.get(0).getName();
    }

    /**
     * The folder at the path, created where missing. Looked up segment by segment with a query rather
     * than by path, which not every AtomPub server decodes right for non-ASCII names (公示).
     */
    private String ensureFolder(String path) {
        String cached = folderIds.get(path);
        if (cached != null) {
            return cached;
        }
        int slash = path.lastIndexOf('/');
        String parentId = slash == 0 ? session().getRootFolder().getId() : ensureFolder(path.substring(0, slash));
        String name = path.substring(slash + 1);
        if (path.startsWith(publicRoot + "/")) {
            name = PublicTreeScreen.text(PublicTreeScreen.caseFreeRedactor(), name); // a folder name is public too
        }
        String id = childFolder(parentId, name).orElse(null);
        if (id == null) {
            Map<String, Object> props = Map.of(PropertyIds.OBJECT_TYPE_ID, "cmis:folder", PropertyIds.NAME, name);
            try {
                id = session().createFolder(props, session().createObjectId(parentId)).getId();
            } catch (CmisContentAlreadyExistsException | CmisNameConstraintViolationException race) {
                id = childFolder(parentId, name).orElseThrow(() -> race);
            }
        }
        folderIds.put(path, id);
        return id;
    }

    private Optional<String> childFolder(String parentId, String name) {
        String statement = "SELECT cmis:objectId FROM cmis:folder WHERE IN_FOLDER(" + CmisQueryLiterals.literal(parentId)
                + ") AND cmis:name = " + CmisQueryLiterals.literal(name);
        for (QueryResult row : session().query(statement, false)) {
            return Optional.of(row.getPropertyValueById(PropertyIds.OBJECT_ID));
        }
        return Optional.empty();
    }

    private synchronized Session session() {
        if (session == null) {
            session = endpoint.open();
        }
        return session;
    }

    // ---- helpers

    static String recordName(String publicationId) {
        return publicationId + ".txt";
    }

    private static State stateAfter(PendingRequest.Operation op) {
        return switch (op) {
            case PUBLISH, CORRECT -> State.PUBLISHED;
            case WITHDRAW -> State.WITHDRAWN;
            case TAKE_DOWN -> State.TAKEN_DOWN;
        };
    }

    private static State stateOf(Object value) {
        String s = value == null ? "" : value.toString();
        return switch (s) {
            case "withdrawn" -> State.WITHDRAWN;
            case "expired" -> State.TAKEN_DOWN;
            default -> State.PUBLISHED;
        };
    }

    private static boolean isActionCategory(String kind) {
        for (ActionCategory c : ActionCategory.values()) {
            if (c.code().equals(kind)) {
                return true;
            }
        }
        return false;
    }

    private static String safeName(String name) {
        String s = name.replaceAll("[\\\\/:*?\"<>|]", "_").strip();
        return s.isEmpty() ? "_" : s;
    }

    private static String folderPath(String field, String path) {
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException(field + ": '" + path + "' is not an absolute folder path");
        }
        String p = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        if (p.equals("/")) {
            throw new IllegalArgumentException(field + ": the repository root itself cannot be used");
        }
        return p;
    }

    private static void requireReason(String field, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException(field + ": a reason is required");
        }
    }

    private static String describe(Exception e) {
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
