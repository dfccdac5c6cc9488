package org.sanxiang.rules.review;

/**
 * Re-review (复审/复核) after the unit disagrees with the opinion.
 *
 * @param maxRounds how many times the unit may ask: 1 in Wuhan (复审一次) and Ningxia, 0 where the
 *                  document provides consultation instead, null where it sets no rule
 */
public record ReReviewRule(Integer maxRounds, String citation, Label label) {
}
