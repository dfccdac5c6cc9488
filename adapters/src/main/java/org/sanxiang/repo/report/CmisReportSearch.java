package org.sanxiang.repo.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.apache.chemistry.opencmis.client.api.CmisObject;
import org.apache.chemistry.opencmis.client.api.ItemIterable;
import org.apache.chemistry.opencmis.client.api.OperationContext;
import org.apache.chemistry.opencmis.client.api.QueryResult;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.commons.exceptions.CmisInvalidArgumentException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisObjectNotFoundException;
import org.sanxiang.model.QName;
import org.sanxiang.repo.cmis.CmisEndpoint;
import org.sanxiang.repo.cmis.CmisQueryLiterals;

/**
 * {@link ReportSearch} over any CMIS 1.1 repository: the query service, paged with skipTo/getPage. Aspect
 * properties come from Alfresco's aspect queries where the repository answers them, otherwise (the OpenCMIS InMemory
 * server has no queryable secondary types) from the objects that carry the aspect.
 */
public final class CmisReportSearch implements ReportSearch {

    private final Supplier<Session> session;
    private Session opened;

    public CmisReportSearch(Session session) {
        Objects.requireNonNull(session, "session");
        this.session = () -> session;
    }

    /** The repository at the endpoint, connected on first use (a repository down at start-up stops nothing). */
    public static CmisReportSearch of(CmisEndpoint endpoint) {
        return new CmisReportSearch(Objects.requireNonNull(endpoint, "endpoint")::open);
    }

    private CmisReportSearch(Supplier<Session> session) {
        this.session = session;
    }

    private synchronized Session session() {
        if (opened == null) {
            opened = session.get();
        }
        return opened;
    }

    @Override
    public String folder(String path) {
        try {
            return session().getObjectByPath(path).getId();
        } catch (CmisObjectNotFoundException e) {
            throw new IllegalArgumentException("path: no folder " + path, e);
        }
    }

    @Override
    public Page page(Query query, long skip, int maxItems) {
        Session s = session();
        OperationContext context = s.createOperationContext();
        context.setMaxItemsPerPage(maxItems);
        context.setIncludeAllowableActions(false);
        context.setCacheEnabled(false);
        ItemIterable<QueryResult> page = s.query(query.statement(), false, context).skipTo(skip).getPage(maxItems);
        List<Map<String, Object>> rows = new ArrayList<>(maxItems);
        for (QueryResult r : page) {
            Map<String, Object> row = new HashMap<>();
            for (String column : query.columns()) {
                row.put(column, AnnualData.SECONDARY_TYPES.equals(column) ? r.getPropertyMultivalueById(column)
                        : column.startsWith("cmis:") ? r.getPropertyValueById(column) : r.getPropertyValueByQueryName(column));
            }
            rows.add(row);
        }
        return new Page(rows, page.getHasMoreItems());
    }

    /** One aspect query, or one read of each object where the repository refuses it. */
    @Override
    public Map<String, Map<String, Object>> aspectValues(Collection<String> ids, QName aspect, List<QName> properties) {
        String columns = properties.stream().map(AnnualData::col).collect(Collectors.joining(", "));
        try {
            Map<String, Map<String, Object>> values = new HashMap<>();
            String in = ids.stream().map(CmisQueryLiterals::literal).collect(Collectors.joining(","));
            for (QueryResult r : session().query("SELECT " + AnnualData.OBJECT_ID + ", " + columns + " FROM "
                    + aspect.toPrefixString() + " WHERE " + AnnualData.OBJECT_ID + " IN (" + in + ")", false)) {
                Map<String, Object> v = new HashMap<>();
                for (QName p : properties) {
                    v.put(AnnualData.col(p), r.getPropertyValueByQueryName(AnnualData.col(p)));
                }
                values.put(r.getPropertyValueById(AnnualData.OBJECT_ID), v);
            }
            return values;
        } catch (CmisInvalidArgumentException refused) {
            return objectsWith(ids, columns, properties);
        }
    }

    private Map<String, Map<String, Object>> objectsWith(Collection<String> ids, String columns, List<QName> properties) {
        Session s = session();
        OperationContext context = s.createOperationContext();
        // the client types aspect properties by the secondary types the object names
        context.setFilterString(AnnualData.OBJECT_ID + "," + AnnualData.OBJECT_TYPE_ID + "," + AnnualData.SECONDARY_TYPES + ","
                + columns.replace(" ", ""));
        context.setIncludeAcls(false);
        context.setIncludeAllowableActions(false);
        context.setCacheEnabled(false);
        Map<String, Map<String, Object>> values = new HashMap<>();
        for (String id : ids) {
            CmisObject o = s.getObject(id, context);
            Map<String, Object> v = new HashMap<>();
            for (QName p : properties) {
                v.put(AnnualData.col(p), o.getPropertyValue(AnnualData.col(p)));
            }
            values.put(id, v);
        }
        return values;
    }
}
