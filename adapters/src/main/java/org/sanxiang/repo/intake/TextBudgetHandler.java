package org.sanxiang.repo.intake;

import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Receives the text Tika extracts and throws it away; after {@code budget} characters it stops the
 * parse. Intake wants metadata, which every parser we use reads before the body text, so a hostile
 * or huge document cannot keep the parser busy producing text nobody reads.
 */
final class TextBudgetHandler extends DefaultHandler {

    /** Thrown to stop the parse; not an error. */
    static final class BudgetReached extends SAXException {
        BudgetReached(long budget) {
            super("text budget of " + budget + " characters reached");
        }
    }

    private final long budget;
    private long seen;

    TextBudgetHandler(long budget) {
        this.budget = budget;
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        count(length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        count(length);
    }

    private void count(int length) throws SAXException {
        seen += length;
        if (seen > budget) {
            throw new BudgetReached(budget);
        }
    }

    /** Whether {@code t} (or one of its causes) is this handler stopping the parse. */
    static boolean isBudgetReached(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof BudgetReached) {
                return true;
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return false;
    }
}
