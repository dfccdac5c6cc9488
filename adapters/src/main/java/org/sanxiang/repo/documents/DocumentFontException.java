package org.sanxiang.repo.documents;

/**
 * No usable font for official documents, or a character the font cannot draw. A document is never
 * written with boxes in place of characters: it is not written at all, and the message says which
 * setting or package fixes it.
 */
public final class DocumentFontException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public DocumentFontException(String message) {
        super(message);
    }

    public DocumentFontException(String message, Throwable cause) {
        super(message, cause);
    }
}
