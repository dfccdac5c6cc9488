package org.sanxiang.repo.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.sanxiang.repo.cmis.CmisEndpoint;
import org.sanxiang.repo.cmis.DisclosureChannels;
import org.sanxiang.repo.documents.DocumentFonts;
import org.sanxiang.repo.node.RepositoryNodes;
import org.sanxiang.rules.calendar.WorkingDayCalendar;
import org.sanxiang.rules.profile.ProfileRegistry;
import org.sanxiang.workflow.port.AnnualReporting;
import org.sanxiang.workflow.port.ReportFile;

/**
 * The annual report's folders and files inside the repository (Alfresco: NodeService and ContentService):
 * {@code <reports root>/<profile>/<year>} under the root of the repository's paths, plain folders made where
 * missing; the statistics are {@link AnnualData}'s over the repository's own search, the files
 * {@link AnnualReportFiles}'s. A file is written once per name: a retried step finds it.
 */
public final class NodeAnnualReporting implements AnnualReporting {

    private static final int PAGE = 500;
    private static final String FOLDER = "cm:folder";
    private static final String CONTENT = "cm:content";

    private final RepositoryNodes nodes;
    private final NodeReportSearch search;
    private final String reportsRoot;
    private final AnnualData data;
    private final ProfileRegistry profiles;
    private final DocumentFonts fonts;
    private final Clock clock;

    /**
     * @param reportsRoot the path the report folders go under, e.g. {@code /Sanxiang/reports}; made where missing
     * @param data        the statistics (their case tree in this repository)
     */
    public NodeAnnualReporting(RepositoryNodes nodes, NodeReportSearch search, String reportsRoot, AnnualData data,
            ProfileRegistry profiles, DocumentFonts fonts, Clock clock) {
        this.nodes = Objects.requireNonNull(nodes, "nodes");
        this.search = Objects.requireNonNull(search, "search");
        this.reportsRoot = Objects.requireNonNull(reportsRoot, "reportsRoot");
        this.data = Objects.requireNonNull(data, "data");
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.fonts = Objects.requireNonNull(fonts, "fonts");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The reporting alfresco-global.properties configures: the case tree and the reports root in this repository
     * ({@code sanxiang.reports.*}); the publications read over CMIS from the disclosure channel's repository
     * ({@code sanxiang.disclosure.cmis.*}: its public tree and the internal one beside it), none while its URL is
     * empty (nothing is delivered then); the font of {@value DocumentFonts#SETTING}.
     */
    public static NodeAnnualReporting configured(RepositoryNodes nodes, NodeQueries queries, String reportsRoot, String casesPath,
            String disclosureUrl, String disclosureBinding, String disclosureUser, String disclosurePassword,
            String disclosureRootPath, ProfileRegistry profiles, WorkingDayCalendar calendar, ZoneId zone, String fontSetting,
            Clock clock) {
        NodeReportSearch search = new NodeReportSearch(nodes, queries);
        CmisEndpoint disclosure = DisclosureChannels.endpoint(disclosureUrl, disclosureBinding, disclosureUser, disclosurePassword);
        String publicRoot = DisclosureChannels.publicRoot(disclosureRootPath);
        AnnualData data = new AnnualData(search, casesPath, disclosure == null ? null : CmisReportSearch.of(disclosure),
                List.of(publicRoot, DisclosureChannels.internalRoot(publicRoot)), profiles, calendar, zone, PAGE);
        return new NodeAnnualReporting(nodes, search, reportsRoot, data, profiles, new DocumentFonts(fontSetting), clock);
    }

    @Override
    public String folder(String profile, int year) {
        if (!profiles.contains(profile)) {
            throw new IllegalArgumentException("profile: unknown profile " + profile);
        }
        String id = search.folder("/");
        for (String name : (reportsRoot + "/" + profile + "/" + year).split("/")) {
            if (!name.isEmpty()) {
                String child = search.child(id, name);
                id = child != null ? child : nodes.create(id, FOLDER, name, Map.of());
            }
        }
        return id;
    }

    @Override
    public List<ReportFile> compile(String profile, int year) {
        return AnnualReportFiles.compile(data, profiles, profile, year, fonts, clock);
    }

    @Override
    public String writeOnce(String folderId, ReportFile file) {
        Optional<String> there = document(folderId, file.name());
        if (there.isPresent()) {
            return there.get();
        }
        String id = nodes.create(folderId, CONTENT, file.name(), Map.of());
        String[] type = file.mediaType().split(";");
        String charset = null;
        for (int i = 1; i < type.length; i++) {
            String parameter = type[i].strip();
            if (parameter.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                charset = parameter.substring("charset=".length());
            }
        }
        nodes.writeContent(id, new ByteArrayInputStream(file.content()), type[0].strip(), charset);
        return id;
    }

    @Override
    public Optional<String> document(String folderId, String name) {
        return Optional.ofNullable(search.child(folderId, name));
    }

    @Override
    public String text(String documentId) {
        try (InputStream in = nodes.content(documentId)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("documentId: cannot read " + documentId, e);
        }
    }
}
