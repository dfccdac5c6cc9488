package org.sanxiang.repo.guard;

import java.util.List;
import java.util.Objects;

/**
 * A change the record guard refuses. {@link #messageKey()} names the label (zh_CN and en, bundle
 * {@code alfresco/module/sanxiang-repo/messages/sx-messages}); the Alfresco adapter turns it into
 * Alfresco's {@code AlfrescoRuntimeException} with the same key and parameters, so Share shows the
 * user's language. {@link #getMessage()} is the English text for logs and tests.
 */
public final class ProtectedRecordException extends RuntimeException {

    private final String messageKey;
    private final List<Object> parameters;

    ProtectedRecordException(String messageKey, String englishMessage, Object... parameters) {
        super(englishMessage);
        this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
        this.parameters = List.of(parameters);
    }

    public String messageKey() {
        return messageKey;
    }

    /** The message's parameters, in the order of the label's {0}, {1}, ... */
    public Object[] parameters() {
        return parameters.toArray();
    }
}
