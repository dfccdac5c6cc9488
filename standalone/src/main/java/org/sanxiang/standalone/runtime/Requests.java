package org.sanxiang.standalone.runtime;

import java.util.List;

import java.util.Map;
import java.util.Objects;

import org.sanxiang.rules.facts.CaseFacts;

/** What callers send to {@link SanxiangService}. JSON field names are the component names. */
public final class Requests {

    private Requests() {
    }

    /**
     * A new case folder.
     *
     * @param title      a short title (sx:caseName)
     * @param facts      the case facts with the field names {@code evaluate} reads: {@code id} is the case
     *                   number (案号, sx:caseNumber), {@code profile} the jurisdiction profile id; the facts
     *                   with a case-folder property are stored on the folder (see docs/rest-api.md), a fact
     *                   without one (e.g. {@code secrets}) is refused, it belongs to the process that uses it
     * @param properties further sx:caseFolder properties by {@code sx:name} (e.g. sx:partyName), may be empty
     */
    public record NewCase(String title, CaseFacts facts, Map<String, Object> properties) {
        public NewCase {
            Objects.requireNonNull(facts, "facts");
            properties = properties == null ? Map.of() : Map.copyOf(properties);
        }
    }

    /**
     * New values for properties of a case folder.
     *
     * @param properties sx:caseFolder properties by {@code sx:name}; null removes one
     * @param user       who changes them
     */
    public record CaseUpdate(Map<String, Object> properties, String user) {
        public CaseUpdate {
            properties = properties == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(properties));
        }
    }

    /**
     * A file to add to a case.
     *
     * @param type       the record's content type, {@code sx:name} (e.g. sx:evidence, sx:avRecord, sx:textRecord)
     * @param name       the file name in the case folder
     * @param properties further properties of the type by {@code sx:name}, may be empty
     * @param maxBytes   the most bytes accepted (the runtime's upload limit when 0)
     */
    public record NewRecord(String type, String name, Map<String, Object> properties, long maxBytes) {
        public NewRecord {
            properties = properties == null ? Map.of() : Map.copyOf(properties);
        }
    }

    /**
     * @param caseId    the case the process works on
     * @param user      who starts it (the initiator)
     * @param variables the start form's fields by {@code sxwf_name}, may be empty
     */
    /**
     * @param trigger what starts it (e.g. a request's number): one instance of a process runs per case and
     *        trigger; none given means the process runs once per case at a time
     */
    public record StartProcess(String caseId, String user, Map<String, Object> variables, String trigger) {
        public StartProcess {
            variables = variables == null ? Map.of() : Map.copyOf(variables);
        }

        public StartProcess(String caseId, String user, Map<String, Object> variables) {
            this(caseId, user, variables, null);
        }
    }

    /**
     * Something that happened to a published disclosure's decision.
     *
     * @param event  {@code revoked} (the decision was revoked or changed), {@code errorFound} or {@code correctionRequested}
     * @param on     the day it happened (the withdrawal or correction deadline counts from it)
     * @param reason why (shown with the withdrawn or corrected record)
     * @param user   who reports it
     */
    public record DisclosureEvent(String event, java.time.LocalDate on, String reason, String user) {
    }

    /** Filters for open tasks; null means "any". At least one is needed. */
    public record TaskQuery(String assignee, String candidateGroup, String caseId) {
    }

    /**
     * @param user    who completes the task (claims it when it sits with candidate groups)
     * @param outcome the value of the task's outcome field {@code sxwf_<taskKey>Outcome}
     * @param values  the task form's other fields by {@code sxwf_name}, may be empty
     */
    public record CompleteTask(String user, String outcome, Map<String, Object> values) {
        public CompleteTask {
            values = values == null ? Map.of() : Map.copyOf(values);
        }
    }

    /**
     * @param status     {@code all} (default), {@code due} (not yet overdue), {@code overdue} or {@code provisional}
     * @param withinDays only deadlines falling within this many calendar days from now (overdue ones always), or null
     * @param caseId     one case only, or null
     */
    public record DeadlineQuery(String status, Integer withinDays, String caseId) {
    }

    /**
     * A page of a list, as CMIS pages one: skip the first {@code skipCount} items, answer at most
     * {@code maxItems}. Lists are never answered whole: an archive grows, a page does not.
     */
    public record Page(int skipCount, int maxItems, boolean includeTotal) {

        public static final int DEFAULT_MAX_ITEMS = 100;
        public static final int MAX_ITEMS = 1000;
        /** What a list answers when the caller names no page. */
        public static final Page FIRST = new Page(0, DEFAULT_MAX_ITEMS);

        public Page {
            if (skipCount < 0) {
                throw ServiceException.badRequest("skipCount", "must not be negative");
            }
            if (maxItems < 1 || maxItems > MAX_ITEMS) {
                throw ServiceException.badRequest("maxItems", "must be between 1 and " + MAX_ITEMS);
            }
        }

        /** A page with the list's total. */
        public Page(int skipCount, int maxItems) {
            this(skipCount, maxItems, true);
        }

        /** The page, or {@link #FIRST} where a bound is not given; the total unless {@code includeTotal} is false. */
        public static Page of(Integer skipCount, Integer maxItems) {
            return of(skipCount, maxItems, null);
        }

        public static Page of(Integer skipCount, Integer maxItems, Boolean includeTotal) {
            return new Page(skipCount == null ? 0 : skipCount, maxItems == null ? DEFAULT_MAX_ITEMS : maxItems,
                    includeTotal == null || includeTotal);
        }

        /**
         * Reads the page of a query: {@code count} only where the total is wanted (counting every match is not
         * cheap on a long list), else one row more than the page, which says whether more follow.
         *
         * @param rows the query's rows from a first index, at most a number of them
         */
        public <T> Views.Listing<T> read(java.util.function.LongSupplier count,
                java.util.function.BiFunction<Integer, Integer, List<T>> rows) {
            if (includeTotal) {
                long total = count.getAsLong();
                List<T> items = rows.apply(skipCount, maxItems);
                return new Views.Listing<>(items, total, skipCount + items.size() < total);
            }
            List<T> items = rows.apply(skipCount, maxItems + 1);
            boolean more = items.size() > maxItems;
            return new Views.Listing<>(more ? List.copyOf(items.subList(0, maxItems)) : items, -1, more);
        }
    }
}
