package org.projectdesk.portal.boundary;

import java.util.List;

/**
 * The ratings in figures: how many projects rated, the average stars (null when none), how many
 * gave 1, 2, …, 5 stars ({@code byStars[0]} is one star); and a page of the ratings, newest first.
 */
public record RatingSummary(long count, Double average, List<Long> byStars, List<RatingView> items) {
}
