package uk.warden.inspect.format.word;

import java.util.Map;

/**
 * What reading a story part learnt that other parts need: whether it had text (headers), the page
 * background (set in the body, seen in headers too), and which paragraph each comment is anchored
 * at.
 */
record StoryResult(
    int paragraphsWithText, boolean pageWhite, Map<String, Integer> commentAnchors) {}
