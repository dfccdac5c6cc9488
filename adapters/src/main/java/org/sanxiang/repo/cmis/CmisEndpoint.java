package org.sanxiang.repo.cmis;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.apache.chemistry.opencmis.client.api.OperationContext;
import org.apache.chemistry.opencmis.client.api.Repository;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.client.runtime.SessionFactoryImpl;
import org.apache.chemistry.opencmis.commons.SessionParameter;
import org.apache.chemistry.opencmis.commons.enums.BindingType;

/**
 * Where a CMIS repository is and how to reach it.
 *
 * @param url          the browser binding URL (e.g. Alfresco's {@code .../api/-default-/public/cmis/versions/1.1/browser}),
 *                     the AtomPub service document URL, or (binding {@code local}) the name of a repository served in
 *                     this JVM ({@link InProcessRepositories})
 * @param binding      {@code browser} (the default), {@code atompub} or {@code local}
 * @param user         user name
 * @param password     password
 * @param repositoryId the repository, or null for the first one the server lists
 */
public record CmisEndpoint(String url, String binding, String user, String password, String repositoryId) {

    public CmisEndpoint {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("url: the CMIS endpoint URL is required");
        }
        binding = binding == null || binding.isBlank() ? "browser" : binding.strip().toLowerCase(Locale.ROOT);
        if (!binding.equals("browser") && !binding.equals("atompub") && !binding.equals("local")) {
            throw new IllegalArgumentException("binding: '" + binding + "' is neither browser, atompub nor local");
        }
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }

    /** Opens a session; fails with a CMIS connection exception when the server cannot be reached. */
    public Session open() {
        Map<String, String> p = new HashMap<>();
        p.put(SessionParameter.USER, user);
        p.put(SessionParameter.PASSWORD, password);
        if (binding.equals("browser")) {
            p.put(SessionParameter.BINDING_TYPE, BindingType.BROWSER.value());
            p.put(SessionParameter.BROWSER_URL, url);
            CreatedObjects.install(p); // a create's answer is the new object: no read after it
        } else if (binding.equals("local")) {
            p.put(SessionParameter.BINDING_TYPE, BindingType.LOCAL.value());
            p.put(SessionParameter.LOCAL_FACTORY, InProcessRepositories.Factory.class.getName());
            p.put(InProcessRepositories.NAME, url);
        } else {
            p.put(SessionParameter.BINDING_TYPE, BindingType.ATOMPUB.value());
            p.put(SessionParameter.ATOMPUB_URL, url);
        }
        p.put(SessionParameter.CONNECT_TIMEOUT, "5000");
        p.put(SessionParameter.READ_TIMEOUT, "60000");
        // Objects are re-read on every call: the channel must see the repository, not a cache.
        p.put(SessionParameter.CACHE_SIZE_OBJECTS, "0");
        SessionFactoryImpl factory = SessionFactoryImpl.newInstance();
        String repository = repositoryId;
        if (repository == null) {
            List<Repository> repositories = factory.getRepositories(p);
            if (repositories.isEmpty()) {
                throw new IllegalStateException("url: " + url + " lists no CMIS repository");
            }
            repository = repositories.get(0).getId();
        }
        p.put(SessionParameter.REPOSITORY_ID, repository);
        Session session = factory.createSession(p);
        // Objects read without a context of their own come without the user's allowable actions and a listing's
        // path segments: nothing in Sanxiang reads them, and they are a quarter of an object's JSON.
        OperationContext context = session.createOperationContext();
        context.setIncludeAllowableActions(false);
        context.setIncludePathSegments(false);
        session.setDefaultContext(context);
        return session;
    }

    @Override
    public String toString() {
        return "CmisEndpoint[" + url + ", " + binding + ", user " + user + "]"; // never the password
    }
}
