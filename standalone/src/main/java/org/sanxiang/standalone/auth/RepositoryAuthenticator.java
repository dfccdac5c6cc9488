package org.sanxiang.standalone.auth;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.chemistry.opencmis.commons.exceptions.CmisPermissionDeniedException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisUnauthorizedException;
import org.sanxiang.repo.cmis.CmisEndpoint;

/**
 * Connected mode: a caller is who the repository says, with the caller's own credentials. Each check
 * opens a CMIS session as the caller (so a wrong password is the repository's refusal); the groups come
 * from the users file when the operator gives one ({@code --users}: its hash may be {@code -}), else from
 * Alfresco's public REST API ({@code …/alfresco/versions/1/people/-me-/groups}) when the repository is an
 * Alfresco. A repository that is neither gives the caller no groups: read-only.
 */
public final class RepositoryAuthenticator implements Authenticator {

    private final CmisEndpoint repository;
    private final UserDirectory groupsFile;
    private final URI alfrescoGroups;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param repository the runtime's endpoint (its URL, binding, repository id; its credentials are not used)
     * @param groupsFile the operator's users file, or null
     */
    public RepositoryAuthenticator(CmisEndpoint repository, UserDirectory groupsFile) {
        this.repository = repository;
        this.groupsFile = groupsFile;
        this.alfrescoGroups = alfrescoGroupsUri(repository.url());
    }

    /** {@code …/alfresco/api/-default-/public/alfresco/versions/1/people/-me-/groups} for an Alfresco CMIS URL, else null. */
    static URI alfrescoGroupsUri(String cmisUrl) {
        int at = cmisUrl == null ? -1 : cmisUrl.indexOf("/api/-default-/public/");
        if (at < 0) {
            return null;
        }
        return URI.create(cmisUrl.substring(0, at) + "/api/-default-/public/alfresco/versions/1/people/-me-/groups?maxItems=1000");
    }

    @Override
    public Optional<Principal> authenticate(String user, String password) {
        if (user == null || password == null || user.isBlank()) {
            return Optional.empty();
        }
        try {
            new CmisEndpoint(repository.url(), repository.binding(), user, password, repository.repositoryId()).open()
                    .getRepositoryInfo();
        } catch (CmisUnauthorizedException | CmisPermissionDeniedException e) {
            return Optional.empty();
        }
        Set<String> groups;
        if (groupsFile != null) {
            groups = groupsFile.groups(user).orElse(Set.of());
        } else if (alfrescoGroups != null) {
            groups = alfrescoGroups(user, password);
        } else {
            groups = Set.of();
        }
        return Optional.of(new Principal(user, groups));
    }

    private Set<String> alfrescoGroups(String user, String password) {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(alfrescoGroups).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Basic " + basic).header("Accept", "application/json").GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the repository's groups of " + user + ": HTTP " + response.statusCode());
            }
            Set<String> groups = new LinkedHashSet<>();
            for (JsonNode e : json.readTree(response.body()).path("list").path("entries")) {
                String id = e.path("entry").path("id").asText(null);
                if (id != null) {
                    groups.add(id);
                }
            }
            return groups;
        } catch (IOException e) {
            throw new IllegalStateException("the repository's groups of " + user + " cannot be read: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
