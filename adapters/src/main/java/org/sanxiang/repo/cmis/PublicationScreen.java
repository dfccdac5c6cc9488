package org.sanxiang.repo.cmis;

import org.sanxiang.workflow.port.Publication;

/**
 * The last check before anything leaves for the public channel: a publication that is excluded from
 * disclosure, or whose text still carries what redaction should have removed, is refused here even
 * if an upstream step let it through.
 */
@FunctionalInterface
public interface PublicationScreen {

    /** Throws {@link RefusedPublicationException} naming the field and the reason when it must not go out. */
    void check(Publication publication);

    /** Both screens must pass. */
    default PublicationScreen and(PublicationScreen other) {
        return p -> {
            check(p);
            other.check(p);
        };
    }
}
