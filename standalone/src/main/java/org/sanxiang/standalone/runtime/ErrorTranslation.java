package org.sanxiang.standalone.runtime;

import java.util.Objects;
import java.util.function.Supplier;

import org.activiti.engine.ActivitiException;
import org.activiti.engine.ActivitiObjectNotFoundException;
import org.activiti.engine.ActivitiOptimisticLockingException;
import org.activiti.engine.impl.identity.Authentication;
import org.sanxiang.repo.documents.DocumentFontException;
import org.sanxiang.repo.documents.DocumentFonts;
import org.sanxiang.repo.step.CaseBusyException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisBaseException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisConnectionException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisConstraintException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisContentAlreadyExistsException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisNameConstraintViolationException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisPermissionDeniedException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisUnauthorizedException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisUpdateConflictException;

/**
 * Runs calls into the repository and the engine so that what the caller can fix comes back as a
 * {@link ServiceException} of the right {@link ServiceException.Kind}: a clash in the repository is a
 * conflict, a refused value or a delegate's refusal a bad request, an unreachable repository unavailable.
 * Anything else is a fault of the runtime and passes through.
 */
final class ErrorTranslation {

    private final ProtectedPropertyOverlay cases;

    ErrorTranslation(ProtectedPropertyOverlay cases) {
        this.cases = Objects.requireNonNull(cases, "cases");
    }

    /** Runs a call over CMIS. */
    <T> T repositoryCall(Supplier<T> call) {
        try {
            return call.get();
        } catch (CmisNameConstraintViolationException | CmisContentAlreadyExistsException | CmisUpdateConflictException e) {
            throw new ServiceException(ServiceException.Kind.CONFLICT, null, "the repository refused the change: "
                    + e.getMessage(), e);
        } catch (CmisConstraintException e) {
            throw ServiceException.badRequest(null, "the repository refused a value: " + e.getMessage());
        } catch (CmisPermissionDeniedException | CmisUnauthorizedException e) {
            // connected mode: the caller's own session, and the repository's permissions say no
            throw ServiceException.forbidden(null, "the repository does not permit this to the caller: " + e.getMessage());
        } catch (CmisConnectionException e) {
            throw new ServiceException(ServiceException.Kind.UNAVAILABLE, null,
                    "the CMIS repository cannot be reached: " + e.getMessage(), e);
        }
    }

    /**
     * Runs an engine call as {@code user}. The engine rolls its transaction back on any failure, and the
     * step's repository writes are undone (the step interceptor and its journal), so a refused or failed
     * call changes nothing and can be retried. A delegate's refusal (its check failed) is the
     * caller's to fix, so it is a bad request; a clash in the repository (a document's name taken) is a
     * conflict.
     *
     * @param refused what the caller is told first when the call is refused
     */
    <T> T engineCall(String user, String refused, Supplier<T> call) {
        Authentication.setAuthenticatedUserId(user);
        try {
            return call.get();
        } catch (CaseBusyException e) {
            throw new ServiceException(ServiceException.Kind.UNAVAILABLE, null, e.getMessage(), e);
        } catch (ActivitiOptimisticLockingException e) {
            throw ServiceException.conflict(null, "the process changed at the same time; try again");
        } catch (ActivitiObjectNotFoundException e) {
            throw ServiceException.notFound(null, e.getMessage());
        } catch (ServiceException e) {
            throw e;
        } catch (RuntimeException e) {
            CmisBaseException clash = repositoryConflict(e);
            if (clash != null) {
                throw new ServiceException(ServiceException.Kind.CONFLICT, null, refused
                        + ", nothing was changed: " + clash.getMessage(), e);
            }
            if (!(e instanceof ActivitiException || e instanceof IllegalArgumentException
                    || e instanceof IllegalStateException)) {
                throw e;
            }
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            if (root instanceof DocumentFontException) {
                // the installation's to fix, not the caller's; the answer names the setting, the log what was tried
                // (a font's path is the server's, never in an answer)
                System.err.println("sanxiang: " + root.getMessage());
                throw new ServiceException(ServiceException.Kind.UNAVAILABLE, null, refused + ": the official documents this"
                        + " step writes need a CJK TrueType font the runtime cannot use; set " + DocumentFonts.SETTING
                        + " (the runtime's log says what was tried)", e);
            }
            if (root instanceof CaseBusyException) {
                throw new ServiceException(ServiceException.Kind.UNAVAILABLE, null, root.getMessage(), e);
            }
            if (root instanceof CmisConnectionException) {
                throw new ServiceException(ServiceException.Kind.UNAVAILABLE, null,
                        "the CMIS repository cannot be reached: " + root.getMessage(), e);
            }
            throw new ServiceException(ServiceException.Kind.BAD_REQUEST, null, refused + ": " + root.getMessage(), e);
        } finally {
            Authentication.setAuthenticatedUserId(null);
        }
    }

    /**
     * The repository's refusal because of what is there already (a name taken, a concurrent update) in the
     * cause chain, or null. It is a conflict (409), never an internal error.
     */
    private static CmisBaseException repositoryConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CmisNameConstraintViolationException || t instanceof CmisContentAlreadyExistsException
                    || t instanceof CmisUpdateConflictException) {
                return (CmisBaseException) t;
            }
        }
        return null;
    }
}
