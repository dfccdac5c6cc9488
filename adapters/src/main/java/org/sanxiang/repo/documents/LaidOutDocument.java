package org.sanxiang.repo.documents;

import java.util.List;

/**
 * An official document placed on A4 pages, in points from the page's top left corner: the ruled
 * lines and the runs of text. Both renderers paint this one layout, so the PDF and the OFD of a
 * form are the same page.
 */
public record LaidOutDocument(float width, float height, List<Page> pages) {

    public LaidOutDocument {
        pages = List.copyOf(pages);
    }

    /** One page. */
    public record Page(List<Rule> rules, List<Run> runs) {

        public Page {
            rules = List.copyOf(rules);
            runs = List.copyOf(runs);
        }
    }

    /** A straight line. */
    public record Rule(float x1, float y1, float x2, float y2, float lineWidth) {
    }

    /** A line of text starting at x on the baseline y. */
    public record Run(float x, float baseline, float size, String text) {
    }
}
